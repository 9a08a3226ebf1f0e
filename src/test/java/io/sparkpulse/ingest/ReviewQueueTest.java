package io.sparkpulse.ingest;

import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.ingest.FeedServer.Response;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.web.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Editors' decisions on ingested items, and what readers then see.
 */
@IngestTest
class ReviewQueueTest {

	private static final String SLUG = IngestTestData.PREFIX + "review";

	@Autowired
	ReviewQueue queue;

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	FeedPoller poller;

	@Autowired
	ActivityQueries activity;

	@Autowired
	ActivityCommands activityCommands;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	IngestTestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private final FeedServer server = FeedServer.start();

	private long product;

	@BeforeEach
	void ingest() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		this.product = this.data.product("review");
		this.sources.add(this.product,
				new FeedSourceDraft(this.server.uri("feeds.test", "/releases.atom").toString(), FeedKind.RELEASES));
		this.poller.pollDue();
	}

	@AfterEach
	void cleanUp() {
		this.server.close();
		this.data.cleanUp();
	}

	@Test
	void newItemsWaitInTheQueueNewestFirstAndAreNoSparks() {
		List<ReviewItem> pending = this.queue.pending(0, 10);
		assertThat(pending).extracting(ReviewItem::title).containsExactly("v2.4.0", "v2.4.0-rc.1", "v2.3.1", "v2.3.0");
		ReviewItem first = pending.get(0);
		assertThat(first.productSlug()).isEqualTo(SLUG);
		assertThat(first.sourceKind()).isEqualTo(FeedKind.RELEASES);
		assertThat(first.sourceUrl()).endsWith("/releases.atom");
		assertThat(first.kind()).isEqualTo(ActivityKind.RELEASE);
		assertThat(first.occurredOn()).isEqualTo(FixedClock.TODAY);
		assertThat(first.ingestedAt()).isEqualTo(FixedClock.NOW);
		assertThat(this.queue.pendingCount()).isEqualTo(4);
		assertThat(this.queue.pending(1, 2)).extracting(ReviewItem::title).containsExactly("v2.4.0-rc.1", "v2.3.1");
		assertThat(this.catalog.product(SLUG).orElseThrow().sparks30d()).isZero();
	}

	@Test
	void theDatabaseRefusesASparkNoEditorFlagged() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("update activity_item set spark = true where product_id = :id and review_state = 'PENDING'")
			.param("id", this.product)
			.update());
	}

	@Test
	void flaggingASparkShowsItAsOneAndTakesItOutOfTheQueue() throws Exception {
		long item = itemTitled("v2.4.0");

		this.queue.flagAsSpark(item);

		assertThat(this.queue.pending(0, 10)).extracting(ReviewItem::title).doesNotContain("v2.4.0");
		assertThat(this.catalog.product(SLUG).orElseThrow().sparks30d()).isEqualTo(1);
		Document page = Html.fetch(this.mvc, "/products/" + SLUG);
		assertThat(page.select("#timeline li.is-spark .activity-title").eachText())
			.containsExactly("⚡Editorial spark: v2.4.0");
	}

	@Test
	void hidingAnItemTakesItOffPublicPagesAndOutOfTheScore() throws Exception {
		assertThat(this.catalog.product(SLUG).orElseThrow().velocity()).isEqualByComparingTo("4.7");

		this.queue.hide(itemTitled("v2.4.0"));

		assertThat(this.activity.countOf(this.product)).isEqualTo(3);
		assertThat(this.activity.recentOf(List.of(this.product), 10)).extracting("title").doesNotContain("v2.4.0");
		assertThat(this.catalog.product(SLUG).orElseThrow().velocity()).isEqualByComparingTo("1.7");
		assertThat(this.catalog.product(SLUG).orElseThrow().lastMoveOn()).isEqualTo(FixedClock.TODAY.minusDays(14));
		assertThat(Html.fetch(this.mvc, "/products/" + SLUG)
			.select("#timeline ol.timeline > li .activity-title")
			.eachText()).containsExactly("v2.4.0-rc.1", "v2.3.1", "v2.3.0");
		assertThat(this.queue.pendingCount()).isEqualTo(3);
	}

	@Test
	void aLaterDecisionReplacesAnEarlierOne() {
		long item = itemTitled("v2.4.0");
		this.queue.flagAsSpark(item);
		this.queue.hide(item);
		assertThat(this.catalog.product(SLUG).orElseThrow().sparks30d()).isZero();
		assertThat(this.activity.countOf(this.product)).isEqualTo(3);

		this.queue.keep(item);

		assertThat(this.activity.countOf(this.product)).isEqualTo(4);
		assertThat(this.activity.timeline(this.product, 0, 1).get(0).spark()).isFalse();
		assertThat(this.queue.pendingCount()).isEqualTo(3);
	}

	@Test
	void anEditedEntryKeepsTheEditorsDecision() {
		long item = itemTitled("v2.4.0");
		this.queue.flagAsSpark(item);

		this.server.serve("/releases.atom", Response.feed("github-releases-edited.atom", "application/atom+xml"));
		this.jdbc.sql("update feed_source set next_fetch_at = :now where product_id = :id")
			.param("now", java.sql.Timestamp.from(FixedClock.NOW))
			.param("id", this.product)
			.update();
		this.poller.pollDue();

		assertThat(this.activity.timeline(this.product, 0, 10)).filteredOn((entry) -> entry.id() == item)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.title()).isEqualTo("v2.4.0 \"Aurora\"");
				assertThat(entry.spark()).isTrue();
			});
		assertThat(this.queue.pending(0, 10)).extracting(ReviewItem::title)
			.containsExactly("v2.4.1", "v2.4.0-rc.1", "v2.3.1", "v2.3.0");
	}

	@Test
	void onlyIngestedItemsCanBeDecidedOn() {
		long editorial = this.activityCommands.record(this.product, new NewActivity(FixedClock.TODAY,
				ActivityKind.ANNOUNCEMENT, "Written by an editor", null, null, false));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.queue.hide(editorial));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.queue.flagAsSpark(-1));
	}

	@Test
	void pagesOfTheQueueAreBounded() {
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.queue.pending(0, 0));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.queue.pending(0, ReviewQueue.MAX_PAGE_SIZE + 1));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.queue.pending(-1, 10));
	}

	private long itemTitled(String title) {
		return this.queue.pending(0, 10)
			.stream()
			.filter((item) -> item.title().equals(title))
			.findFirst()
			.orElseThrow()
			.itemId();
	}

}
