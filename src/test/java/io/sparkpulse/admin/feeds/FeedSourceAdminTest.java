package io.sparkpulse.admin.feeds;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.sparkpulse.admin.AdminPageChecks;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import jakarta.persistence.EntityManager;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors manage the feeds a product follows and see their health; every change is
 * audited. Polling is off in tests, so nothing here is ever fetched.
 */
@PageTest
@Transactional
class FeedSourceAdminTest {

	private static final String FEED = "https://github.com/signalapp/Signal-Server/releases.atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	/**
	 * Cleared where a test changes rows behind it, as the poller of another instance
	 * would.
	 */
	@Autowired
	EntityManager entities;

	SignedInEditor editor;

	long signal;

	String feeds;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@feeds.test", Role.EDITOR);
		this.signal = this.jdbc.sql("select id from product where slug = 'signal'").query(Long.class).single();
		this.feeds = "/admin/products/" + this.signal + "/feeds";
	}

	@Test
	void anonymousRequestsAreSentToSignIn() throws Exception {
		for (String path : List.of(this.feeds, "/admin/feeds/1", "/admin/review")) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(source(post(this.feeds), FEED, "RELEASES").with(csrf())).andExpect(redirectedUrl("/login"));
		assertThat(sources()).isZero();
	}

	@Test
	void addingEditingFetchingAndRemovingASourceWorkAndAreAudited() throws Exception {
		this.mvc.perform(as(source(post(this.feeds), FEED, "RELEASES")))
			.andExpect(redirectedUrl(this.feeds))
			.andExpect(flash().attribute("notice", "Signal now follows " + FEED + ". It is fetched at the next poll."));
		long id = this.jdbc.sql("select id from feed_source where product_id = :id")
			.param("id", this.signal)
			.query(Long.class)
			.single();
		Element listed = Html.parse(this.mvc.perform(get(this.feeds).with(user(this.editor))).andReturn())
			.selectFirst(".feed-source");
		assertThat(listed.selectFirst("h3").text()).isEqualTo("Releases: " + FEED);
		assertThat(listed.selectFirst(".health").text()).isEqualTo("Not fetched yet");

		this.mvc.perform(as(source(post("/admin/feeds/" + id), "https://signal.org/blog/rss.xml", "BLOG")))
			.andExpect(redirectedUrl(this.feeds))
			.andExpect(flash().attributeExists("notice"));
		assertThat(this.jdbc.sql("select url || ' ' || kind from feed_source where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("https://signal.org/blog/rss.xml BLOG");

		this.jdbc.sql("update feed_source set next_fetch_at = :later where id = :id")
			.param("later", Timestamp.from(FixedClock.NOW.plus(Duration.ofHours(3))))
			.param("id", id)
			.update();
		this.entities.clear();
		this.mvc.perform(post("/admin/feeds/" + id + "/fetch").with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrl(this.feeds))
			.andExpect(flash().attribute("notice", "https://signal.org/blog/rss.xml is fetched at the next poll."));
		assertThat(this.jdbc.sql("select next_fetch_at <= :now from feed_source where id = :id")
			.param("now", Timestamp.from(FixedClock.NOW))
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();

		this.mvc.perform(post("/admin/feeds/" + id + "/remove").with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrl(this.feeds))
			.andExpect(flash().attribute("notice",
					"Stopped following https://signal.org/blog/rss.xml. The items it found stay."));
		assertThat(Html.parse(this.mvc.perform(get(this.feeds).with(user(this.editor))).andReturn())
			.select(".feed-source")).isEmpty();
		this.mvc.perform(get("/admin/feeds/" + id).with(user(this.editor))).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/feeds/" + id + "/fetch").with(user(this.editor)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.jdbc.sql("""
				select action || ' ' || actor || ' ' || product_id from audit_entry
				where entity_type = 'feed_source' and entity_id = :id order by id""")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("feed_source.create Test editor " + this.signal,
					"feed_source.update Test editor " + this.signal, "feed_source.fetch Test editor " + this.signal,
					"feed_source.remove Test editor " + this.signal);
		Document log = Html
			.parse(this.mvc.perform(get("/admin/audit?product=signal").with(user(this.editor))).andReturn());
		assertThat(log.select(".audit-entry").get(2).select("tbody tr").eachText())
			.contains("Address " + FEED + " https://signal.org/blog/rss.xml", "Kind Releases Blog");
	}

	@Test
	void invalidAddressesKeepTheFormWithTheErrorAndSaveNothing() throws Exception {
		List<List<String>> cases = List.of(
				List.of("ftp://x", "Feed address: enter an address starting with http:// or https://."),
				List.of("javascript:alert(1)", "Feed address: enter an address starting with http:// or https://."),
				List.of("https://example.org/" + "a".repeat(1000),
						"Feed address: keep this to at most 1,000 characters."),
				List.of("https://user:secret@example.org/feed",
						"Feed address: leave user names and passwords out of feed addresses."),
				List.of("   ", "Feed address: enter the feed’s address."));
		for (List<String> c : cases) {
			Document page = Html.parse(this.mvc.perform(as(source(post(this.feeds), c.get(0), "RELEASES")))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select(".field-error").eachText()).as(c.get(0)).containsExactly(c.get(1));
			assertThat(page.selectFirst("#url-error")).as(c.get(0)).isNotNull();
			assertThat(page.selectFirst("#url").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.selectFirst("#error-summary a[href=#url]")).isNotNull();
		}
		Document badKind = Html.parse(
				this.mvc.perform(as(source(post(this.feeds), FEED, "PODCAST"))).andExpect(status().isOk()).andReturn());
		assertThat(badKind.selectFirst("#kind-error").text()).isEqualTo("What it publishes: choose releases or blog.");
		assertThat(sources()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_type = 'feed_source'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFeedTheProductAlreadyFollowsIsRefused() throws Exception {
		this.mvc.perform(as(source(post(this.feeds), FEED, "RELEASES"))).andExpect(status().isFound());
		Document page = Html.parse(this.mvc
			.perform(as(source(post(this.feeds), "HTTPS://GitHub.com/signalapp/Signal-Server/releases.atom", "BLOG")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#url-error").text())
			.isEqualTo("Feed address: this product already follows that feed.");
		assertThat(sources()).isEqualTo(1);

		this.mvc.perform(as(source(post(this.feeds), "https://signal.org/blog/rss.xml", "BLOG")))
			.andExpect(status().isFound());
		long blog = this.jdbc.sql("select id from feed_source where kind = 'BLOG' and product_id = :id")
			.param("id", this.signal)
			.query(Long.class)
			.single();
		Document edit = Html.parse(this.mvc.perform(as(source(post("/admin/feeds/" + blog), FEED, "BLOG")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(edit.selectFirst("#url-error").text())
			.isEqualTo("Feed address: this product already follows that feed.");
		assertThat(this.jdbc.sql("select url from feed_source where id = :id")
			.param("id", blog)
			.query(String.class)
			.single()).isEqualTo("https://signal.org/blog/rss.xml");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'feed_source.update'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
		this.mvc.perform(source(post(this.feeds), FEED, "RELEASES").with(user(this.editor)))
			.andExpect(status().isForbidden());
		assertThat(sources()).isZero();
		long id = addFeed();
		this.mvc
			.perform(source(post("/admin/feeds/" + id), "https://signal.org/blog/rss.xml", "BLOG")
				.with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/feeds/" + id + "/remove").with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/feeds/" + id + "/fetch").with(user(this.editor)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select url from feed_source where id = :id and removed_at is null")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(FEED);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_type = 'feed_source'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void healthShowsEveryMomentRelativeWithItsExactTime() throws Exception {
		long id = addFeed();
		this.jdbc.sql("""
				update feed_source set last_fetch_at = :fetch, last_success_at = :success, last_error = 'HTTP 500',
				       last_error_at = :fetch, consecutive_failures = 2, next_fetch_at = :next
				where id = :id""")
			.param("fetch", Timestamp.from(FixedClock.NOW.minus(Duration.ofMinutes(30))))
			.param("success", Timestamp.from(FixedClock.NOW.minus(Duration.ofDays(3))))
			.param("next", Timestamp.from(FixedClock.NOW.plus(Duration.ofHours(4))))
			.param("id", id)
			.update();

		Element source = Html.parse(this.mvc.perform(get(this.feeds).with(user(this.editor))).andReturn())
			.selectFirst(".feed-source.is-failing");
		assertThat(source.select("dl dt").eachText()).containsExactly("Health", "Last fetch", "Last success",
				"Last error", "Failures in a row", "Items found", "Awaiting review", "Next fetch");
		assertThat(source.select("dl dd").eachText()).containsExactly("Failing: 2 failed fetches in a row", "30m ago",
				"3d ago", "HTTP 500 (30m ago)", "2", "0", "0", "in 4h");
		assertThat(source.select("time").eachAttr("datetime")).containsExactly("2026-06-15T11:30:00Z",
				"2026-06-12T12:00:00Z", "2026-06-15T11:30:00Z", "2026-06-15T16:00:00Z");
		assertThat(source.select("time").eachAttr("title")).contains("15 Jun 2026 16:00 UTC");
	}

	@Test
	void theFeedPagesAreNoindexWithOneHeadingAndEveryFieldLabelled() throws Exception {
		long id = addFeed();
		for (String path : List.of(this.feeds, "/admin/feeds/" + id, "/admin/review")) {
			Document page = Html
				.parse(this.mvc.perform(get(path).with(user(this.editor))).andExpect(status().isOk()).andReturn());
			AdminPageChecks.assertWellFormedAdminPage(page, path);
		}
	}

	@Test
	void theProductPageAndTheNavigationLinkToTheFeedPages() throws Exception {
		Document product = Html
			.parse(this.mvc.perform(get("/admin/products/" + this.signal).with(user(this.editor))).andReturn());
		assertThat(product.select(".admin-links a[href=" + this.feeds + "]").eachText()).containsExactly("Feeds");
		Document dashboard = Html.parse(this.mvc.perform(get("/admin").with(user(this.editor))).andReturn());
		assertThat(dashboard.select("nav.admin-nav a[href=/admin/review]")).hasSize(1);
		this.mvc.perform(get("/admin/products/999999/feeds").with(user(this.editor))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/feeds/999999").with(user(this.editor))).andExpect(status().isNotFound());
	}

	private long addFeed() throws Exception {
		this.mvc.perform(as(source(post(this.feeds), FEED, "RELEASES"))).andExpect(status().isFound());
		return this.jdbc.sql("select id from feed_source where product_id = :id and url = :url")
			.param("id", this.signal)
			.param("url", FEED)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user(this.editor)).with(csrf());
	}

	private static MockHttpServletRequestBuilder source(MockHttpServletRequestBuilder request, String url,
			String kind) {
		return request.param("url", url).param("kind", kind);
	}

	private int sources() {
		return this.jdbc.sql("select count(*) from feed_source where product_id = :id")
			.param("id", this.signal)
			.query(Integer.class)
			.single();
	}

}
