package io.sparkpulse.admin.products;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new product is a draft nobody but editors sees until it is published; editors preview
 * products and unsaved trajectory text with the public template; retiring asks first.
 */
@PageTest
@Transactional
class DraftsAndPreviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long comms;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@drafts.test", Role.EDITOR);
		this.comms = this.jdbc.sql("select id from sector where slug = 'comms'").query(Long.class).single();
	}

	@Test
	void aDraftIsNowhereReadersLookUntilPublished() throws Exception {
		long id = createDraft("Quillchat");

		this.mvc.perform(get("/products/quillchat").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/alternatives/quillchat").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/compare/quillchat-vs-session").accept("text/html")).andExpect(status().isNotFound());
		for (String path : new String[] { "/", "/sectors/comms", "/sectors", "/search?q=quillchat",
				"/alternatives/session" }) {
			assertThat(Html.fetch(this.mvc, path).html()).as(path).doesNotContain("Quillchat");
		}
		assertThat(this.mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString())
			.doesNotContain("quillchat");

		Document preview = Html
			.parse(this.mvc.perform(get("/admin/products/" + id + "/preview").with(user(this.editor))).andReturn());
		assertThat(preview.selectFirst("h1").text()).isEqualTo("Quillchat");
		assertThat(preview.selectFirst(".preview-banner h2").text()).isEqualTo("Preview of a draft");
		assertThat(preview.selectFirst("meta[name=robots]").attr("content")).contains("noindex");

		this.mvc.perform(save(post("/admin/products/" + id + "/publish")).param("version", version(id)))
			.andExpect(status().isFound());
		this.mvc.perform(get("/products/quillchat")).andExpect(status().isOk());
		assertThat(Html.fetch(this.mvc, "/sectors/comms").select("a[href=/products/quillchat]")).isNotEmpty();
	}

	@Test
	void demoProductsArePublishedAndADraftIsMarkedInTheEditorsForm() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from product where draft").query(Integer.class).single()).isZero();
		long id = createDraft("Quillchat");
		Document form = Html.parse(this.mvc.perform(get("/admin/products/" + id).with(user(this.editor))).andReturn());
		assertThat(form.selectFirst("#publish-title").text()).isEqualTo("Draft: not public yet");
		assertThat(form.select("a[href^=/products/]")).as("no public link for a draft").isEmpty();
	}

	@Test
	void trajectoryTextIsPreviewedOnThePublicTemplateAndNothingIsSaved() throws Exception {
		long synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
		int revisions = revisions(synapse);

		Document preview = Html.parse(
				this.mvc
					.perform(save(post("/admin/products/" + synapse + "/trajectory/preview"))
						.param("version", String.valueOf(revisions))
						.param("headline", "A previewed headline")
						.param("currentState", "It is **bold** now.")
						.param("heading", "Somewhere new.")
						.param("prediction", "A previewed prediction."))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(preview.selectFirst("#trajectory .headline").text()).isEqualTo("A previewed headline");
		assertThat(preview.select("#trajectory strong").text()).isEqualTo("bold");
		assertThat(preview.selectFirst(".preview-banner h2").text()).contains("not saved");
		assertThat(preview.selectFirst(".preview-banner input[name=prediction]").val())
			.isEqualTo("A previewed prediction.");
		assertThat(revisions(synapse)).isEqualTo(revisions);
		assertThat(Html.fetch(this.mvc, "/products/synapse").text()).doesNotContain("A previewed headline");
	}

	@Test
	void retiringAsksForConfirmationAndTheFormHasNoOneClickRetire() throws Exception {
		long id = this.jdbc.sql("select id from product where slug = 'element'").query(Long.class).single();
		Document form = Html.parse(this.mvc.perform(get("/admin/products/" + id).with(user(this.editor))).andReturn());
		assertThat(form.select("form[action$=/retire]")).isEmpty();

		Document confirm = Html
			.parse(this.mvc.perform(get(form.selectFirst("a[href$=/retire]").attr("href")).with(user(this.editor)))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Retire Element?");
		assertThat(confirm.selectFirst("form[action$=/retire] button").text()).isEqualTo("Yes, retire Element");
		this.mvc.perform(get("/products/element")).andExpect(status().isOk());
	}

	private long createDraft(String name) throws Exception {
		this.mvc
			.perform(save(post("/admin/products")).param("name", name)
				.param("sectorId", String.valueOf(this.comms))
				.param("headline", "A draft headline")
				.param("themes", "matrix"))
			.andExpect(status().isFound());
		return this.jdbc.sql("select id from product where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder save(MockHttpServletRequestBuilder request) {
		return request.with(user(this.editor)).with(csrf());
	}

	private String version(long id) {
		return this.jdbc.sql("select version from product where id = :id").param("id", id).query(String.class).single();
	}

	private int revisions(long id) {
		return this.jdbc.sql("select count(*) from trajectory_revision where product_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
