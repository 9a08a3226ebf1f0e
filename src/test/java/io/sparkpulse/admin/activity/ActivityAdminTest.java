package io.sparkpulse.admin.activity;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.CommitWork;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors add, edit, flag and delete ship moves; the velocity score follows in the same
 * transaction.
 */
@PageTest
@Transactional
class ActivityAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long session;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@activity.test", Role.EDITOR);
		this.session = this.jdbc.sql("select id from product where slug = 'session'").query(Long.class).single();
	}

	@Test
	void anItemsSummaryShowsUnderItsTitleOnPublicPagesAndTheFormSaysSo() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/firefox");
		org.jsoup.nodes.Element row = page.select("#timeline li")
			.stream()
			.filter((li) -> li.selectFirst(".activity-title").text().contains("Firefox 148"))
			.findFirst()
			.orElseThrow();
		assertThat(row.selectFirst(".activity-summary").text()).isEqualTo(
				"Adds a central settings panel for switching off built-in AI features, a response to user pushback.");
		assertThat(page.select("#timeline li .activity-summary").size()).isLessThan(page.select("#timeline li").size());
		Document form = Html
			.parse(this.mvc.perform(get("/admin/products/" + this.session + "/activity/new").with(user(this.editor)))
				.andReturn());
		assertThat(form.selectFirst("#summary-hint").text()).contains("under the title", "Atom feeds");
	}

	@Test
	void anAddedReleaseRaisesTheScoreAndShowsAsASparkAtOnce() throws Exception {
		assertThat(score(this.session)).isEqualTo("0.0");
		this.mvc
			.perform(item(post("/admin/products/" + this.session + "/activity"), "2026-06-14", "RELEASE",
					"Session 2.0: a fresh start", "true"))
			.andExpect(redirectedUrl("/admin/products/" + this.session + "/activity"))
			.andExpect(flash().attribute("notice", "Added “Session 2.0: a fresh start” to Session."));

		assertThat(score(this.session)).isEqualTo("2.9");
		Document home = Html.fetch(this.mvc, "/");
		assertThat(home.text()).contains("Session 2.0: a fresh start");
		Document compare = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(compare.selectFirst("#activity .timeline li").text()).contains("Session 2.0: a fresh start");
		assertThat(compare.select("#activity .spark")).hasSize(1);
	}

	@Test
	void editingFlaggingRemovingAndRestoringAnItemRecomputeTheScoreEachTime() throws Exception {
		long id = addRelease("2026-06-14");
		this.mvc
			.perform(item(post("/admin/activity/" + id), "2026-06-14", "ANNOUNCEMENT", "Now only an announcement",
					"false")
				.param("version", String.valueOf(version(id))))
			.andExpect(status().isFound());
		assertThat(score(this.session)).isEqualTo("1.0");

		this.mvc
			.perform(post("/admin/activity/" + id + "/spark").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("spark", "true")
				.param("productId", String.valueOf(this.session)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select spark from activity_item where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();

		String scoreWithIt = score(this.session);
		this.mvc
			.perform(post("/admin/activity/" + id + "/delete").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("productId", String.valueOf(this.session)))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("undo"));
		assertThat(this.jdbc
			.sql("select removed_at is not null and hidden and not spark from activity_item where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("kept as removed").isTrue();
		assertThat(score(this.session)).isEqualTo("0.0");
		assertThat(Html.fetch(this.mvc, "/products/session").text()).doesNotContain("Now only an announcement");
		Document list = Html
			.parse(this.mvc.perform(get("/admin/products/" + this.session + "/activity").with(user(this.editor)))
				.andReturn());
		assertThat(list.select("tr.removed th").text()).contains("Now only an announcement", "Removed");

		this.mvc
			.perform(post("/admin/activity/" + id + "/restore").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("productId", String.valueOf(this.session)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select removed_at is null and not hidden and spark from activity_item where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("restored as it was, a spark again").isTrue();
		assertThat(score(this.session)).isEqualTo(scoreWithIt);
		assertThat(Html.fetch(this.mvc, "/products/session").text()).contains("Now only an announcement");
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'activity' and entity_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("activity.create", "activity.update", "activity.spark", "activity.remove",
					"activity.restore");
	}

	@Test
	void aStaleEditShowsBothVersionsAndAStaleDeleteDeletesNothing() throws Exception {
		long id = addRelease("2026-06-14");
		long started = version(id);
		this.mvc
			.perform(item(post("/admin/activity/" + id), "2026-06-14", "RELEASE", "Theirs", "false").param("version",
					String.valueOf(started)))
			.andExpect(status().isFound());
		Document page = Html.parse(this.mvc
			.perform(item(post("/admin/activity/" + id), "2026-06-13", "RELEASE", "Mine", "false").param("version",
					String.valueOf(started)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".clashes tbody tr").eachText()).containsExactly(
				"Date Keep theirs 2026-06-14 Keep yours 2026-06-13", "Title Keep theirs Theirs Keep yours Mine");
		assertThat(title(id)).isEqualTo("Theirs");

		this.mvc
			.perform(post("/admin/activity/" + id + "/delete").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(started))
				.param("productId", String.valueOf(this.session)))
			.andExpect(flash().attributeExists("problem"));
		assertThat(title(id)).isEqualTo("Theirs");
	}

	@Test
	void invalidItemsKeepTheFormAndSaveNothing() throws Exception {
		int items = count();
		Document page = Html.parse(
				this.mvc
					.perform(post("/admin/products/" + this.session + "/activity").with(user(this.editor))
						.with(csrf())
						.param("occurredOn", "not-a-date")
						.param("kind", "NOT_A_KIND")
						.param("title", "")
						.param("sourceUrl", "javascript:alert(1)")
						.param("summary", "y".repeat(2001)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.select(".field-error").eachText()).containsExactly(
				"Date: enter a real day, for example 2026-06-15.", "Kind: choose one of the kinds listed.",
				"Title: enter a title.", "Source: enter a full address starting with https:// (or http://).",
				"Summary: keep this to 2,000 characters.");
		assertThat(page.selectFirst("#error-summary")).isNotNull();
		Document future = Html.parse(
				this.mvc
					.perform(item(post("/admin/products/" + this.session + "/activity"), "2031-01-01", "RELEASE",
							"Far ahead", "false"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(future.selectFirst("#occurredOn-error").text()).startsWith("Enter a date between");
		assertThat(count()).isEqualTo(items);
		this.mvc.perform(get("/admin/products/" + this.session + "/activity/new").with(user(this.editor)))
			.andExpect(status().isOk());
	}

	private long addRelease(String day) throws Exception {
		this.mvc
			.perform(item(post("/admin/products/" + this.session + "/activity"), day, "RELEASE", "A release", "false"))
			.andExpect(status().isFound());
		return this.jdbc.sql("select max(id) from activity_item where product_id = :id")
			.param("id", this.session)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder item(MockHttpServletRequestBuilder request, String day, String kind,
			String title, String spark) {
		return request.with(user(this.editor))
			.with(csrf())
			.param("occurredOn", day)
			.param("kind", kind)
			.param("title", title)
			.param("sourceUrl", "https://example.org/release")
			.param("spark", spark);
	}

	/**
	 * The stored score as the requests so far would have committed it (the test's
	 * transaction never commits).
	 */
	private String score(long productId) {
		CommitWork.runNow();
		return this.jdbc.sql("select score::text from product_score where product_id = :id")
			.param("id", productId)
			.query(String.class)
			.single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from activity_item where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private String title(long id) {
		return this.jdbc.sql("select title from activity_item where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from activity_item").query(Integer.class).single();
	}

}
