package io.sparkpulse.admin.feeds;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.ingest.FeedKind;
import io.sparkpulse.ingest.FeedSourceCommands;
import io.sparkpulse.ingest.FeedSourceDraft;
import io.sparkpulse.support.FixedClock;
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
 * Editors work through the queue of ingested items: each decision changes what readers
 * see and is audited. Items are stored as the poller stores them, without fetching
 * anything.
 */
@PageTest
@Transactional
class ReviewAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	ActivityCommands activity;

	SignedInEditor editor;

	long firefox;

	@BeforeEach
	void ingested() {
		this.editor = new TestAccounts(this.context).ensure("editor@review.test", Role.EDITOR);
		this.firefox = this.jdbc.sql("select id from product where slug = 'firefox'").query(Long.class).single();
		long source = this.sources.add(this.firefox,
				new FeedSourceDraft("https://www.mozilla.org/firefox/releases.atom", FeedKind.RELEASES));
		this.activity.recordFromSource(this.firefox, source,
				List.of(entry("152", "Firefox 152.0", "https://www.mozilla.org/firefox/152.0/releasenotes/"),
						entry("151", "Firefox 151.0.2", "https://www.mozilla.org/firefox/151.0.2/releasenotes/"),
						entry("150", "Firefox 150.0", null)));
	}

	@Test
	void theQueueListsNewestItemsWithProductDateKindAndLinkedTitle() throws Exception {
		Document page = Html.parse(
				this.mvc.perform(get("/admin/review").with(user(this.editor))).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".review-queue tbody tr")).hasSize(3);
		Element first = page.selectFirst(".review-queue tbody tr");
		assertThat(first.select("td").get(1).text()).isEqualTo("Firefox");
		assertThat(first.selectFirst("time").attr("datetime")).isEqualTo(FixedClock.TODAY.toString());
		assertThat(first.select("td").get(3).text()).isEqualTo("Release");
		assertThat(first.selectFirst("th a").attr("href"))
			.isEqualTo("https://www.mozilla.org/firefox/152.0/releasenotes/");
		assertThat(first.selectFirst("th a").text()).isEqualTo("Firefox 152.0");
		assertThat(first.select("form button").eachText()).containsExactly("Flag as ⚡ spark", "Keep", "Hide");
		assertThat(page.select(".review-queue tbody th").eachText()).containsExactly("Firefox 152.0", "Firefox 151.0.2",
				"Firefox 150.0");
		assertThat(page.selectFirst("nav.admin-nav a[href=/admin/review]").text()).isEqualTo("Review queue (3)");
		this.mvc.perform(get("/admin/review?page=2").with(user(this.editor))).andExpect(status().isNotFound());
	}

	@Test
	void tickedItemsGetOneDecisionEachAuditedAndItemsAlreadyDecidedAreLeftAlone() throws Exception {
		Document page = Html.parse(this.mvc.perform(get("/admin/review").with(user(this.editor))).andReturn());
		assertThat(page.select("input[type=checkbox][name=item][form=bulk]")).hasSize(3);
		assertThat(page.selectFirst("form#bulk").attr("method")).isEqualTo("post");
		long newest = first("Firefox 152.0");
		long middle = first("Firefox 151.0.2");
		this.mvc.perform(post("/admin/review/" + middle + "/keep").with(user(this.editor)).with(csrf()));

		this.mvc
			.perform(post("/admin/review/bulk").with(user(this.editor))
				.with(csrf())
				.param("decision", "HIDE")
				.param("item", String.valueOf(newest), String.valueOf(middle)))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice",
					"1 item hidden from every public page. 1 item no longer in the queue was left alone."));
		assertThat(queued()).containsExactly("Firefox 150.0");
		assertThat(audit(newest)).containsExactly("review.hide");
		assertThat(audit(middle)).containsExactly("review.keep");

		this.mvc.perform(post("/admin/review/bulk").with(user(this.editor)).with(csrf()).param("decision", "SPARK"))
			.andExpect(flash().attribute("problem", "Tick at least one item, then choose what to do with them."));
		this.mvc
			.perform(post("/admin/review/bulk").with(user(this.editor))
				.param("decision", "SPARK")
				.param("item", String.valueOf(first("Firefox 150.0"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/review/bulk").with(user(this.editor))
				.with(csrf())
				.param("decision", "DELETE")
				.param("item", String.valueOf(first("Firefox 150.0"))))
			.andExpect(status().isBadRequest());
		assertThat(queued()).containsExactly("Firefox 150.0");
	}

	@Test
	void theQueueIsPaginated() throws Exception {
		long source = this.sources.add(this.firefox,
				new FeedSourceDraft("https://blog.mozilla.org/feed/", FeedKind.BLOG));
		List<SourcedActivity> posts = new ArrayList<>();
		for (int i = 0; i < ReviewEditing.PAGE_SIZE; i++) {
			posts.add(new SourcedActivity("post-" + i, FixedClock.TODAY.minusDays(i), ActivityKind.ANNOUNCEMENT,
					"Blog post " + i, null, null));
		}
		this.activity.recordFromSource(this.firefox, source, posts);

		Document second = Html.parse(this.mvc.perform(get("/admin/review?page=2").with(user(this.editor)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(second.select(".review-queue tbody tr")).hasSize(3);
		assertThat(second.selectFirst(".pager").text()).contains("Page 2 of 2");
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/admin/review?page=1");

		long last = this.jdbc.sql("select id from activity_item where title = 'Firefox 150.0'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/review/" + last + "/keep").with(user(this.editor)).with(csrf()).param("page", "2"))
			.andExpect(redirectedUrl("/admin/review?page=2"));
		this.mvc
			.perform(post("/admin/review/" + first("Firefox 151.0.2") + "/keep").with(user(this.editor))
				.with(csrf())
				.param("page", "2"))
			.andExpect(redirectedUrl("/admin/review?page=2"));
		this.mvc
			.perform(post("/admin/review/" + first("Firefox 152.0") + "/keep").with(user(this.editor))
				.with(csrf())
				.param("page", "2"))
			.andExpect(redirectedUrl("/admin/review"));
	}

	@Test
	void flaggingASparkShowsItAsOneOnThePublicPageAndIsAudited() throws Exception {
		long item = first("Firefox 152.0");
		this.mvc.perform(post("/admin/review/" + item + "/spark").with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", "“Firefox 152.0” is flagged as a ⚡ spark."));

		Document page = Html.fetch(this.mvc, "/products/firefox");
		assertThat(page.select("#timeline li.is-spark .activity-title").eachText())
			.contains("⚡Editorial spark: Firefox 152.0");
		assertThat(queued()).containsExactly("Firefox 151.0.2", "Firefox 150.0");
		assertThat(audit(item)).containsExactly("review.spark");
		Element entry = Html
			.parse(this.mvc.perform(get("/admin/audit?product=firefox").with(user(this.editor))).andReturn())
			.selectFirst(".audit-entry");
		assertThat(entry.selectFirst(".audit-head").text()).contains("Test editor",
				"Flagged as a spark from the review queue: “Firefox 152.0”");
		assertThat(entry.select("tbody tr").eachText()).contains("Awaiting review Yes No", "Spark No Yes");
	}

	@Test
	void hidingAnItemTakesItOffThePublicProductPageAndIsAudited() throws Exception {
		assertThat(Html.fetch(this.mvc, "/products/firefox").select("#timeline .activity-title").eachText())
			.contains("Firefox 151.0.2");
		long item = first("Firefox 151.0.2");
		this.mvc.perform(post("/admin/review/" + item + "/hide").with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("notice", "“Firefox 151.0.2” is hidden from every public page."));

		assertThat(Html.fetch(this.mvc, "/products/firefox").select("#timeline .activity-title").eachText())
			.doesNotContain("Firefox 151.0.2")
			.contains("Firefox 152.0");
		assertThat(queued()).containsExactly("Firefox 152.0", "Firefox 150.0");
		assertThat(audit(item)).containsExactly("review.hide");
	}

	@Test
	void keepingAnItemLeavesItAsAnOrdinaryItemOutOfTheQueue() throws Exception {
		long item = first("Firefox 150.0");
		this.mvc.perform(post("/admin/review/" + item + "/keep").with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("notice", "“Firefox 150.0” is kept as an ordinary item."));
		assertThat(queued()).containsExactly("Firefox 152.0", "Firefox 151.0.2");
		assertThat(this.jdbc.sql("select spark or hidden from activity_item where id = :id")
			.param("id", item)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(audit(item)).containsExactly("review.keep");
	}

	@Test
	void decisionsNeedASignedInEditorTheCsrfTokenAndAnIngestedItem() throws Exception {
		long item = first("Firefox 152.0");
		this.mvc.perform(post("/admin/review/" + item + "/spark").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/review/" + item + "/spark").with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/review/" + item + "/hide").with(user(this.editor)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(queued()).hasSize(3);
		assertThat(audit(item)).isEmpty();

		long editorial = this.jdbc
			.sql("select max(id) from activity_item where product_id = :id and feed_source_id is null")
			.param("id", this.firefox)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/admin/review/" + editorial + "/hide").with(user(this.editor)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/review/999999/keep").with(user(this.editor)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/review").with(user(this.editor))).andExpect(status().isOk());
	}

	private static SourcedActivity entry(String id, String title, String url) {
		return new SourcedActivity(id, FixedClock.TODAY, ActivityKind.RELEASE, title, null, url);
	}

	private long first(String title) {
		return this.jdbc.sql("select id from activity_item where title = :title and product_id = :id")
			.param("title", title)
			.param("id", this.firefox)
			.query(Long.class)
			.single();
	}

	private List<String> queued() {
		return this.jdbc.sql("""
				select title from activity_item where review_state = 'PENDING' and product_id = :id
				order by created_at desc, id desc""").param("id", this.firefox).query(String.class).list();
	}

	private List<String> audit(long item) {
		return this.jdbc
			.sql("select action from audit_entry where entity_type = 'activity' and entity_id = :id order by id")
			.param("id", item)
			.query(String.class)
			.list();
	}

}
