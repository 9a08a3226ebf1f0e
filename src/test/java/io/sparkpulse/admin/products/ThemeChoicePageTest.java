package io.sparkpulse.admin.products;

import io.sparkpulse.admin.EditorForm;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static io.sparkpulse.admin.AdminPageChecks.assertWellFormedAdminPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Themes are chosen from those that exist: the product form suggests them, and a theme
 * that does not exist yet is only made when the editor ticks that they mean it, after
 * being shown the existing themes it nearly duplicates.
 */
@PageTest
@Transactional
class ThemeChoicePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@themes.test", Role.EDITOR);
	}

	@Test
	void theProductFormOffersTheExistingThemesAsSuggestions() throws Exception {
		Document form = page("/admin/products/new");
		assertThat(form.select("datalist#theme-options option").eachAttr("value")).contains("self-hosted", "matrix")
			.hasSize(themeCount());
		assertThat(form.select("fieldset.new-themes")).isEmpty();
		Element script = form.selectFirst("script[src*=/assets/js/admin-themes]");
		this.mvc.perform(get(script.attr("src"))).andExpect(status().isOk());
	}

	@Test
	void aNewThemeIsAskedAboutWithItsNearDuplicatesAndMadeOnlyOnceTicked() throws Exception {
		Document form = page("/admin/products/new");
		long sector = this.jdbc.sql("select id from sector where slug = 'comms'").query(Long.class).single();
		EditorForm typed = EditorForm.of(form)
			.type("name", "Hearth Chat")
			.type("sectorId", String.valueOf(sector))
			.type("headline", "Team chat for a home server")
			.type("summary", "Kept as typed.")
			.type("themes", "matrix\nselfhosting");
		Document asked = Html.parse(this.mvc.perform(typed.post().with(user(this.editor)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertWellFormedAdminPage(asked, "product form asking about a new theme");
		assertThat(asked.selectFirst("#themes-error").text()).isEqualTo(
				"Themes: “selfhosting” is not a theme yet (close to self-hosted, self-hosting); tick “Create new "
						+ "theme” below to make it, or use an existing theme instead.");
		Element box = asked.selectFirst("fieldset.new-themes input[type=checkbox][name=newThemes]");
		assertThat(box.val()).isEqualTo("selfhosting");
		assertThat(box.hasAttr("checked")).isFalse();
		assertThat(asked.selectFirst("label[for=" + box.id() + "]").text()).isEqualTo("Create new theme “selfhosting”");
		assertThat(asked.selectFirst("fieldset.new-themes .near-duplicate").text())
			.isEqualTo("Close to existing themes self-hosted, self-hosting: use that instead if it means the same.");
		assertThat(asked.selectFirst("#summary").text()).isEqualTo("Kept as typed.");
		assertThat(asked.selectFirst("#themes").text()).isEqualTo("matrix\nselfhosting");
		assertThat(exists("hearth-chat")).isFalse();
		assertThat(themeExists("selfhosting")).isFalse();

		this.mvc
			.perform(EditorForm.of(asked).type("newThemes", "selfhosting").post().with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/products/*"));
		assertThat(exists("hearth-chat")).isTrue();
		assertThat(themeExists("selfhosting")).isTrue();
	}

	@Test
	void anEditThatAddsANewThemeIsAskedAboutToo() throws Exception {
		long synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
		Document asked = Html
			.parse(this.mvc.perform(edit(synapse, "matrix\nagent")).andExpect(status().isOk()).andReturn());
		assertThat(asked.selectFirst("#themes-error").text())
			.contains("“agent” is not a theme yet (close to agents, agent-based, ai-agents)");
		assertThat(themeExists("agent")).isFalse();
	}

	@Test
	void existingThemesSaveWithoutAsking() throws Exception {
		long synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
		this.mvc.perform(edit(synapse, "matrix\nagents")).andExpect(redirectedUrl("/admin/products/" + synapse));
		assertThat(themesOf(synapse)).isEqualTo("matrix, agents");
	}

	/**
	 * The Synapse product form as it is, with these themes.
	 */
	private MockHttpServletRequestBuilder edit(long synapse, String themes) {
		EditableProductRow row = this.jdbc.sql("select version, sector_id, headline from product where id = :id")
			.param("id", synapse)
			.query(EditableProductRow.class)
			.single();
		return post("/admin/products/" + synapse).with(user(this.editor))
			.with(csrf())
			.param("version", String.valueOf(row.version()))
			.param("name", "Synapse")
			.param("sectorId", String.valueOf(row.sectorId()))
			.param("headline", row.headline())
			.param("themes", themes);
	}

	record EditableProductRow(long version, long sectorId, String headline) {
	}

	private Document page(String path) throws Exception {
		return Html.parse(this.mvc.perform(get(path).with(user(this.editor))).andExpect(status().isOk()).andReturn());
	}

	private boolean exists(String productSlug) {
		return this.jdbc.sql("select exists (select 1 from product where slug = :slug)")
			.param("slug", productSlug)
			.query(Boolean.class)
			.single();
	}

	private boolean themeExists(String slug) {
		return this.jdbc.sql("select exists (select 1 from theme where slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	private int themeCount() {
		return this.jdbc.sql("select count(*) from theme").query(Integer.class).single();
	}

	private String themesOf(long productId) {
		return this.jdbc
			.sql("""
					select string_agg(t.slug, ', ' order by pt.rank) from product_theme pt join theme t on t.id = pt.theme_id
					where pt.product_id = :id
					""")
			.param("id", productId)
			.query(String.class)
			.single();
	}

}
