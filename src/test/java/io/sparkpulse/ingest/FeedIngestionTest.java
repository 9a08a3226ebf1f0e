package io.sparkpulse.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.ingest.FeedServer.Response;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Feeds served by a local server become activity, scores and pages, end to end; hostile
 * and broken sources are recorded on themselves and nothing else suffers.
 */
@IngestTest
class FeedIngestionTest {

	private static final LocalDate TODAY = FixedClock.TODAY;

	@Autowired
	FeedPoller poller;

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	FeedSourceQueries health;

	@Autowired
	ActivityQueries activity;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	IngestProperties properties;

	@Autowired
	TestNetwork.LoopbackOnlySockets sockets;

	@Autowired
	IngestTestData data;

	@Autowired
	MockMvc mvc;

	private final FeedServer server = FeedServer.start();

	@AfterEach
	void cleanUp() {
		this.server.close();
		this.data.cleanUp();
		assertThat(this.sockets.refused()).as("connections attempted beyond loopback").isEmpty();
	}

	@Test
	void aReleaseFeedBecomesClassifiedActivityThatMovesTheScoreAndTheProductPage() throws Exception {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("lumen");
		long source = follow(product, "/releases.atom", FeedKind.RELEASES);
		long versionBefore = this.dataVersion.current().version();

		assertThat(this.poller.pollDue()).isEqualTo(1);

		assertThat(this.activity.timeline(product, 0, 10))
			.extracting(ActivityEntry::title, ActivityEntry::kind, ActivityEntry::occurredOn, ActivityEntry::sourceUrl,
					ActivityEntry::spark)
			.containsExactly(tuple("v2.4.0", ActivityKind.RELEASE, TODAY, release("v2.4.0"), false),
					tuple("v2.4.0-rc.1", ActivityKind.RELEASE_CANDIDATE, TODAY.minusDays(14), release("v2.4.0-rc.1"),
							false),
					tuple("v2.3.1", ActivityKind.SECURITY_RELEASE, TODAY.minusDays(28), release("v2.3.1"), false),
					tuple("v2.3.0", ActivityKind.RELEASE, TODAY.minusDays(56), release("v2.3.0"), false));
		assertThat(this.activity.timeline(product, 0, 1).get(0).summary())
			.isEqualTo("Lumen 2.4.0 Faster indexing & a new --watch mode. Incremental builds Smaller binaries");
		// 3.0 + 1.5/2 + 3.0/4 + 3.0/16 = 4.6875
		ProductSummary scored = this.catalog.product(IngestTestData.PREFIX + "lumen").orElseThrow();
		assertThat(scored.velocity()).isEqualByComparingTo("4.7");
		assertThat(scored.lastMoveOn()).isEqualTo(TODAY);
		assertThat(this.dataVersion.current().version()).isGreaterThan(versionBefore);

		FeedSourceStatus status = this.health.byId(source).orElseThrow();
		assertThat(status.health()).isEqualTo(FeedSourceStatus.Health.OK);
		assertThat(status.itemsFound()).isEqualTo(4);
		assertThat(status.itemsAwaitingReview()).isEqualTo(4);
		assertThat(status.lastFetchAt()).isEqualTo(FixedClock.NOW);
		assertThat(status.lastSuccessAt()).isEqualTo(FixedClock.NOW);
		assertThat(status.nextFetchAt()).isEqualTo(FixedClock.NOW.plus(this.properties.pollInterval()));

		Document page = Html.fetch(this.mvc, "/products/" + IngestTestData.PREFIX + "lumen");
		assertThat(page.selectFirst(".facts").text()).contains("4.7");
		assertThat(page.select("#timeline ol.timeline > li .activity-title").eachText()).containsExactly("v2.4.0",
				"v2.4.0-rc.1", "v2.3.1", "v2.3.0");
		assertThat(page.select("#timeline ol.timeline > li .activity-title a").eachAttr("href"))
			.containsExactly(release("v2.4.0"), release("v2.4.0-rc.1"), release("v2.3.1"), release("v2.3.0"));
		assertThat(page.select("#timeline .is-spark")).isEmpty();
	}

	@Test
	void rePollingAnUnchangedFeedAsksConditionallyAndChangesNothing() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("unchanged");
		long source = follow(product, "/releases.atom", FeedKind.RELEASES);
		this.poller.pollDue();
		long versionAfterFirst = this.dataVersion.current().version();

		this.sources.fetchSoon(source);
		assertThat(this.poller.pollDue()).isEqualTo(1);

		assertThat(this.server.hits("/releases.atom")).isEqualTo(2);
		assertThat(this.server.lastHeader("/releases.atom", "If-None-Match")).isNotBlank();
		assertThat(this.activity.countOf(product)).isEqualTo(4);
		assertThat(this.dataVersion.current().version()).isEqualTo(versionAfterFirst);
		assertThat(this.health.byId(source).orElseThrow().health()).isEqualTo(FeedSourceStatus.Health.OK);
	}

	@Test
	void anEditedEntryUpdatesItsItemAndNothingIsDuplicated() throws Exception {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("edited");
		long source = follow(product, "/releases.atom", FeedKind.RELEASES);
		this.poller.pollDue();
		ActivityEntry before = this.activity.timeline(product, 0, 1).get(0);

		this.server.serve("/releases.atom", Response.feed("github-releases-edited.atom", "application/atom+xml"));
		this.sources.fetchSoon(source);
		this.poller.pollDue();

		List<ActivityEntry> timeline = this.activity.timeline(product, 0, 10);
		assertThat(timeline).extracting(ActivityEntry::title)
			.containsExactly("v2.4.1", "v2.4.0 \"Aurora\"", "v2.4.0-rc.1", "v2.3.1", "v2.3.0");
		ActivityEntry edited = timeline.get(1);
		assertThat(edited.id()).isEqualTo(before.id());
		assertThat(edited.summary()).contains("Release notes edited after publication.");
		assertThat(this.catalog.product(IngestTestData.PREFIX + "edited").orElseThrow().velocity())
			.isEqualByComparingTo("5.0");
		assertThat(Html.fetch(this.mvc, "/products/" + IngestTestData.PREFIX + "edited")
			.select("#timeline ol.timeline > li .activity-title")
			.eachText()).contains("v2.4.0 \"Aurora\"").doesNotContain("v2.4.0");
	}

	@Test
	void aBlogBecomesReleasesBusinessNewsAnnouncementsAndSecurityNotices() {
		this.server.serve("/blog/rss.xml", Response.feed("blog.rss", "application/rss+xml; charset=utf-8"));
		long product = this.data.product("blog");
		follow(product, "/blog/rss.xml", FeedKind.BLOG);

		this.poller.pollDue();

		String feedHost = "http://feeds.test:" + this.server.port();
		assertThat(this.activity.timeline(product, 0, 10))
			.extracting(ActivityEntry::title, ActivityEntry::kind, ActivityEntry::occurredOn, ActivityEntry::sourceUrl)
			.containsExactly(
					tuple("Lumen 2.4 is here", ActivityKind.RELEASE, TODAY,
							"https://lumen.example.org/blog/lumen-2-4/"),
					tuple("We raised our Series A", ActivityKind.BUSINESS, TODAY.minusDays(5),
							"https://lumen.example.org/blog/series-a/"),
					tuple("How we test our parser", ActivityKind.ANNOUNCEMENT, TODAY.minusDays(10),
							feedHost + "/blog/testing-the-parser/"),
					tuple("Security advisory for CVE-2026-31337", ActivityKind.SECURITY_RELEASE, TODAY.minusDays(28),
							null));
		assertThat(this.activity.timeline(product, 0, 1).get(0).summary())
			.isEqualTo("Faster indexing, a watch mode & more. Read on…");
	}

	@Test
	void hostileAndBrokenSourcesAreRecordedOnThemselvesWhileTheOthersArePolled() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"))
			.serve("/error", Response.status(500))
			.serve("/malformed", Response.feed("malformed.xml", "application/xml"))
			.serve("/xxe-file", Response.feed("xxe-file.xml", "application/atom+xml"))
			.serve("/xxe-http", Response.template("xxe-http.xml", "application/rss+xml"))
			.serve("/canary.dtd", Response.body("<!ENTITY leak \"x\">", "application/xml-dtd"))
			.serve("/canary", Response.body("secret", "text/plain"))
			.serve("/laughs", Response.feed("billion-laughs.xml", "application/rss+xml"))
			.serve("/huge", Response.huge(20L * 1024 * 1024, false))
			.serve("/slow", Response.silentFor(10_000, Response.status(200)))
			.serve("/html", Response.feed("not-a-feed.html", "text/html"))
			.serve("/to-private", Response.redirect(302, "http://private.test:{port}/releases.atom"))
			.serve("/to-metadata", Response.redirect(302, "http://metadata.test/latest/meta-data/"));
		long product = this.data.product("hostile");
		long healthy = follow(product, "/releases.atom", FeedKind.RELEASES);
		List<String> paths = List.of("/error", "/malformed", "/xxe-file", "/xxe-http", "/laughs", "/huge", "/slow",
				"/html", "/to-private", "/to-metadata");
		List<Long> failing = paths.stream().map((path) -> follow(product, path, FeedKind.BLOG)).toList();

		assertThat(this.poller.pollDue()).isEqualTo(paths.size() + 1);

		assertThat(failing.stream().map((id) -> this.health.byId(id).orElseThrow()).toList()).allSatisfy((status) -> {
			assertThat(status.health()).isEqualTo(FeedSourceStatus.Health.FAILING);
			assertThat(status.consecutiveFailures()).isEqualTo(1);
			assertThat(status.itemsFound()).isZero();
			assertThat(status.lastErrorAt()).isEqualTo(FixedClock.NOW);
			assertThat(status.nextFetchAt())
				.isEqualTo(FixedClock.NOW.plus(this.properties.pollInterval().multipliedBy(2)));
		})
			.extracting(FeedSourceStatus::lastError)
			.containsExactly("HTTP 500 from feeds.test",
					"Malformed XML (line 8): The element type \"title\" must be terminated by the matching end-tag \"</title>\".",
					"Refused: the document declares a DOCTYPE, which feeds must not",
					"Refused: the document declares a DOCTYPE, which feeds must not",
					"Refused: the document declares a DOCTYPE, which feeds must not",
					"Too large: the feed is over 5 MB", "Timed out: feeds.test sent nothing for 1s",
					"Not a feed: feeds.test sent text/html", "Refused: private.test is not a public host",
					"Refused: metadata.test is not a public host");
		assertThat(this.server.hits("/canary.dtd") + this.server.hits("/canary")).isZero();
		assertThat(this.server.hits("/releases.atom")).as("only the healthy source's own fetch").isEqualTo(1);
		assertThat(this.health.byId(healthy).orElseThrow().itemsFound()).isEqualTo(4);
		assertThat(this.activity.countOf(product)).isEqualTo(4);
	}

	@Test
	void aFailingSourceBacksOffExponentiallyUpToTheCapAndRecoversCompletely() {
		this.server.serve("/flaky", Response.status(503));
		long product = this.data.product("flaky");
		long source = follow(product, "/flaky", FeedKind.RELEASES);
		Duration interval = this.properties.pollInterval();

		for (int failures = 1; failures <= 6; failures++) {
			this.poller.pollDue();
			FeedSourceStatus status = this.health.byId(source).orElseThrow();
			assertThat(status.consecutiveFailures()).isEqualTo(failures);
			assertThat(Duration.between(FixedClock.NOW, status.nextFetchAt()))
				.isEqualTo(Backoff.after(failures, interval, this.properties.maxBackoff()));
			this.sources.fetchSoon(source);
		}
		assertThat(this.health.byId(source).orElseThrow().nextFetchAt()).isEqualTo(FixedClock.NOW);

		this.server.serve("/flaky", Response.feed("github-releases.atom", "application/atom+xml"));
		this.poller.pollDue();

		FeedSourceStatus recovered = this.health.byId(source).orElseThrow();
		assertThat(recovered.health()).isEqualTo(FeedSourceStatus.Health.OK);
		assertThat(recovered.consecutiveFailures()).isZero();
		assertThat(recovered.lastError()).isEqualTo("HTTP 503 from feeds.test");
		assertThat(recovered.itemsFound()).isEqualTo(4);
		assertThat(recovered.nextFetchAt()).isEqualTo(FixedClock.NOW.plus(interval));
	}

	@Test
	void twoSchedulersRacingOnTheSameSourceFetchItOnce() throws Exception {
		this.server.serve("/releases.atom",
				Response.silentFor(300, Response.feed("github-releases.atom", "application/atom+xml")));
		long product = this.data.product("raced");
		long source = follow(product, "/releases.atom", FeedKind.RELEASES);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 3; round++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> polls = List.of(instances.submit(() -> pollAfter(start)),
						instances.submit(() -> pollAfter(start)));
				start.countDown();
				int polled = 0;
				for (Future<Integer> poll : polls) {
					polled += poll.get(30, TimeUnit.SECONDS);
				}
				assertThat(polled).isEqualTo(1);
				assertThat(this.server.hits("/releases.atom")).isEqualTo(round);
				this.sources.fetchSoon(source);
			}
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(this.activity.countOf(product)).isEqualTo(4);
	}

	@Test
	void theSchedulerPollsOnlyWhenPollingIsEnabled() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("scheduled");
		follow(product, "/releases.atom", FeedKind.RELEASES);
		assertThat(this.properties.pollingEnabled()).as("tests keep polling off").isFalse();

		new FeedPollScheduler(this.poller, this.properties).tick();
		assertThat(this.server.hits("/releases.atom")).isZero();

		new FeedPollScheduler(this.poller, withPollingEnabled(this.properties)).tick();
		assertThat(this.server.hits("/releases.atom")).isEqualTo(1);
		assertThat(this.activity.countOf(product)).isEqualTo(4);
	}

	private int pollAfter(CountDownLatch start) throws InterruptedException {
		start.await();
		return this.poller.pollDue();
	}

	private long follow(long product, String path, FeedKind kind) {
		URI url = this.server.uri("feeds.test", path);
		return this.sources.add(product, new FeedSourceDraft(url.toString(), kind));
	}

	private static String release(String tag) {
		return "https://github.com/lumen-example/lumen/releases/tag/" + tag;
	}

	private static IngestProperties withPollingEnabled(IngestProperties p) {
		return new IngestProperties(true, p.pollInterval(), p.tick(), p.sourcesPerTick(), p.lease(), p.maxBackoff(),
				p.connectTimeout(), p.readTimeout(), p.fetchTimeout(), p.maxBodySize(), p.maxRedirects(),
				p.maxEntries(), p.allowPrivateAddresses(), p.allowedNetworks(), p.userAgent());
	}

}
