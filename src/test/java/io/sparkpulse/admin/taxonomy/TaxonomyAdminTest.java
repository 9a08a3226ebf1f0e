package io.sparkpulse.admin.taxonomy;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sectors and themes: create, rename, merge; every test's writes are rolled back.
 */
@PageTest
@Transactional
class TaxonomyAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@taxonomy.test", Role.EDITOR);
	}

	@Test
	void aNewSectorGetsItsSlugFromItsNameAndIsPublic() throws Exception {
		this.mvc
			.perform(post("/admin/sectors").with(user(this.editor))
				.with(csrf())
				.param("name", "Édition & Design")
				.param("description", "Tools for designers."))
			.andExpect(redirectedUrl("/admin/sectors"));
		assertThat(Html.fetch(this.mvc, "/sectors/edition-and-design").selectFirst("h1").text())
			.contains("Édition & Design");
	}

	@Test
	void renamingASectorFromAStaleVersionShowsTheConflictAndSavesNothing() throws Exception {
		long id = this.jdbc.sql("select id from sector where slug = 'comms'").query(Long.class).single();
		this.mvc
			.perform(post("/admin/sectors/" + id).with(user(this.editor))
				.with(csrf())
				.param("name", "Communications")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/sectors"));
		Document page = Html.parse(
				this.mvc
					.perform(post("/admin/sectors/" + id).with(user(this.editor))
						.with(csrf())
						.param("name", "Messaging")
						.param("version", "0"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.select(".conflict tbody tr").eachText()).contains("Name Communications Messaging");
		assertThat(Html.fetch(this.mvc, "/sectors/comms").selectFirst("h1").text()).contains("Communications");
	}

	@Test
	void mergingAThemeAsksFirstThenMovesItsProductsToTheTargetAndDeletesIt() throws Exception {
		long federation = themeId("federation");
		long matrix = themeId("matrix");
		int federationProducts = productsOf(federation);
		assertThat(federationProducts).isPositive();
		Document form = Html
			.parse(this.mvc.perform(get("/admin/themes/" + federation).with(user(this.editor))).andReturn());
		assertThat(form.selectFirst("form[action$=/merge]").attr("method")).isEqualTo("get");
		Document confirm = Html.parse(
				this.mvc
					.perform(get("/admin/themes/" + federation + "/merge").param("targetId", String.valueOf(matrix))
						.with(user(this.editor)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Merge federation into matrix?");
		assertThat(confirm.selectFirst("main").text()).contains(federationProducts + " products that rank federation");
		assertThat(productsOf(federation)).as("nothing merged before confirming").isEqualTo(federationProducts);
		this.mvc
			.perform(post("/admin/themes/" + federation + "/merge").with(user(this.editor))
				.with(csrf())
				.param("targetId", String.valueOf(matrix))
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/themes"));
		assertThat(this.jdbc.sql("select count(*) from theme where slug = 'federation'").query(Integer.class).single())
			.isZero();
		assertThat(Html.fetch(this.mvc, "/products/synapse").text()).contains("matrix, sliding-sync, security")
			.doesNotContain("federation,");
		this.mvc.perform(get("/admin/themes/" + federation).with(user(this.editor))).andExpect(status().isNotFound());
	}

	@Test
	void aTakenSectorSlugIsReportedInTheSameRoundAsTheOtherFieldErrors() throws Exception {
		Document page = Html.parse(
				this.mvc
					.perform(post("/admin/sectors").with(user(this.editor))
						.with(csrf())
						.param("slug", "comms")
						.param("name", "Communications again")
						.param("description", "d".repeat(1001)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.select("#error-summary li a").eachText()).containsExactlyInAnyOrder(
				"Description: keep this to 1,000 characters.",
				"Slug: “comms” is taken by another sector, so choose another.");
		assertThat(this.jdbc.sql("select count(*) from sector where name = 'Communications again'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theThemeListIsSearchableBySlugOrNameIgnoringCaseAndDashes() throws Exception {
		Document all = Html.parse(this.mvc.perform(get("/admin/themes").with(user(this.editor))).andReturn());
		Document found = Html
			.parse(this.mvc.perform(get("/admin/themes?q= Sliding SYNC ").with(user(this.editor))).andReturn());
		assertThat(found.select("tbody th a").eachText()).containsExactly("sliding-sync");
		assertThat(found.selectFirst("#q").val()).isEqualTo("Sliding SYNC");
		assertThat(found.text()).contains("1 theme match “Sliding SYNC”.");
		assertThat(all.select("tbody tr").size()).isGreaterThan(found.select("tbody tr").size());
		Document none = Html
			.parse(this.mvc.perform(get("/admin/themes?q=no-such-theme-anywhere").with(user(this.editor))).andReturn());
		assertThat(none.select("table")).isEmpty();
		assertThat(none.text()).contains("No theme matches.");
	}

	@Test
	void renamingAThemeToATakenSlugIsAFieldError() throws Exception {
		long federation = themeId("federation");
		Document page = Html.parse(
				this.mvc
					.perform(post("/admin/themes/" + federation).with(user(this.editor))
						.with(csrf())
						.param("slug", "matrix")
						.param("name", "Matrix")
						.param("version", "0"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.selectFirst("#slug-error").text()).contains("merge into it instead");
	}

	@Test
	void severalThemesTickedOnTheListAreMergedIntoOneAfterAConfirmationAllInOneStepEachAudited() throws Exception {
		long agents = themeId("agents");
		long aiAgents = themeId("ai-agents");
		long agentBased = themeId("agent-based");
		int aiAgentsProducts = productsOf(aiAgents);
		Document list = Html.parse(this.mvc.perform(get("/admin/themes").with(user(this.editor))).andReturn());
		assertWellFormedAdminPage(list, "/admin/themes");
		assertThat(list.selectFirst("form.bulk-merge").attr("method")).isEqualTo("get");
		assertThat(list.select("form.bulk-merge input[type=checkbox][name=ids]")).hasSize(themeCount());
		assertThat(list.select("form.bulk-merge select[name=targetId] option")).hasSize(themeCount() + 1);

		String confirmPath = "/admin/themes/merge?ids=" + aiAgents + "&ids=" + agentBased + "&ids=" + agents
				+ "&targetId=" + agents;
		Document confirm = Html
			.parse(this.mvc.perform(get(confirmPath).with(user(this.editor))).andExpect(status().isOk()).andReturn());
		assertWellFormedAdminPage(confirm, confirmPath);
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Merge 2 themes into agents?");
		assertThat(confirm.select(".merge-sources li").eachText()).containsExactly(
				"ai-agents: " + aiAgentsProducts + (aiAgentsProducts == 1 ? " product" : " products"),
				"agent-based: " + productsOf(agentBased) + (productsOf(agentBased) == 1 ? " product" : " products"));
		assertThat(productsOf(aiAgents)).as("nothing merged before confirming").isEqualTo(aiAgentsProducts);

		MockHttpServletRequestBuilder yes = post(confirm.selectFirst("form.confirm-form").attr("action"))
			.with(user(this.editor))
			.with(csrf());
		for (Element field : confirm.select("form.confirm-form input[type=hidden]")) {
			yes.param(field.attr("name"), field.val());
		}
		this.mvc.perform(yes)
			.andExpect(redirectedUrl("/admin/themes"))
			.andExpect(flash().attribute("notice",
					org.hamcrest.Matchers.allOf(
							org.hamcrest.Matchers.containsString("“ai-agents” (" + aiAgentsProducts),
							org.hamcrest.Matchers.containsString("“agent-based” ("),
							org.hamcrest.Matchers.endsWith("into “agents”."))));
		assertThat(this.jdbc.sql("select count(*) from theme where slug in ('ai-agents', 'agent-based')")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from product_theme where theme_id = :agents
				group by product_id having count(*) > 1
				""").param("agents", agents).query(Integer.class).list()).as("each product ranks agents once")
			.isEmpty();
		assertThat(this.jdbc.sql("select summary from audit_entry where action = 'theme.merge' and entity_id in (:ids)")
			.param("ids", java.util.List.of(aiAgents, agentBased))
			.query(String.class)
			.list()).hasSize(2).allSatisfy((summary) -> assertThat(summary).contains("into agents"));
	}

	@Test
	void aBulkMergeWithOneThemeChangedSinceTheConfirmationMergesNoneOfThem() throws Exception {
		long selfHosted = themeId("self-hosted");
		long selfHosting = themeId("self-hosting");
		long matrix = themeId("matrix");
		this.mvc
			.perform(post("/admin/themes/merge").with(user(this.editor))
				.with(csrf())
				.param("ids", String.valueOf(selfHosting), String.valueOf(matrix))
				.param("versions", String.valueOf(versionOf(selfHosting)), String.valueOf(versionOf(matrix) + 1))
				.param("targetId", String.valueOf(selfHosted)))
			.andExpect(redirectedUrl("/admin/themes"))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Someone changed this")));
		assertThat(this.jdbc.sql("select count(*) from theme where id in (:ids)")
			.param("ids", java.util.List.of(selfHosting, matrix))
			.query(Integer.class)
			.single()).isEqualTo(2);

		this.mvc.perform(get("/admin/themes/merge").param("ids", String.valueOf(selfHosting)).with(user(this.editor)))
			.andExpect(redirectedUrl("/admin/themes"))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Tick the themes to merge")));
		this.mvc
			.perform(get("/admin/themes/merge").param("ids", String.valueOf(selfHosted))
				.param("targetId", String.valueOf(selfHosted))
				.with(user(this.editor)))
			.andExpect(redirectedUrl("/admin/themes"))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Tick at least one theme other")));
		this.mvc
			.perform(post("/admin/themes/merge").with(user(this.editor))
				.param("ids", String.valueOf(selfHosting))
				.param("versions", String.valueOf(versionOf(selfHosting)))
				.param("targetId", String.valueOf(selfHosted)))
			.andExpect(status().isForbidden());
		assertThat(productsOf(selfHosting)).as("no merge without the page's token").isPositive();
	}

	private long versionOf(long themeId) {
		return this.jdbc.sql("select version from theme where id = :id")
			.param("id", themeId)
			.query(Long.class)
			.single();
	}

	private int themeCount() {
		return this.jdbc.sql("select count(*) from theme").query(Integer.class).single();
	}

	private long themeId(String slug) {
		return this.jdbc.sql("select id from theme where slug = :slug").param("slug", slug).query(Long.class).single();
	}

	private int productsOf(long themeId) {
		return this.jdbc.sql("select count(*) from product_theme where theme_id = :id")
			.param("id", themeId)
			.query(Integer.class)
			.single();
	}

}
