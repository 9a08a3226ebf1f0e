package io.sparkpulse.admin.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sparkpulse.admin.audit.AuditEntryView;
import io.sparkpulse.admin.audit.AuditQueries;
import io.sparkpulse.admin.audit.AuditReader;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.StaleEditorial;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.ingest.FeedSourceQueries;
import io.sparkpulse.ingest.FeedSourceStatus;
import io.sparkpulse.ingest.ReviewItem;
import io.sparkpulse.ingest.ReviewQueue;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.When;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs an editor first, for the dashboard: feeds that fail, products without a
 * trajectory, trajectories that have fallen behind their product
 * ({@link StaleEditorial}), predictions whose due date has come without a grade, and
 * ingested items waiting for review. Each list is short and says how many there are in
 * all.
 */
@Service
@Transactional(readOnly = true)
public class Attention {

	static final int LIST_SIZE = 10;

	private final FeedSourceQueries feeds;

	private final EditorialQueries editorial;

	private final CatalogQueries catalog;

	private final ReviewQueue review;

	private final AuditQueries audit;

	private final LedgerQueries ledger;

	private final RelativeTime time;

	Attention(FeedSourceQueries feeds, EditorialQueries editorial, CatalogQueries catalog, ReviewQueue review,
			AuditQueries audit, LedgerQueries ledger, RelativeTime time) {
		this.feeds = feeds;
		this.editorial = editorial;
		this.catalog = catalog;
		this.review = review;
		this.audit = audit;
		this.ledger = ledger;
		this.time = time;
	}

	public Dashboard dashboard(int recentChanges, AuditReader reader) {
		List<FeedSourceStatus> failing = this.feeds.failing(LIST_SIZE);
		List<Long> without = this.editorial.productsWithoutTrajectory(LIST_SIZE);
		List<Trajectory> stale = this.editorial
			.currentWrittenBefore(this.time.now().minus(Duration.ofDays(StaleEditorial.DAYS)))
			.stream()
			.filter((trajectory) -> StaleEditorial.note(trajectory, this.time.now()).isPresent())
			.toList();
		List<Long> ids = new ArrayList<>(without);
		failing.forEach((feed) -> ids.add(feed.productId()));
		stale.stream().limit(LIST_SIZE).forEach((trajectory) -> ids.add(trajectory.productId()));
		Map<Long, String> names = this.catalog.productNames(ids);
		return new Dashboard(
				new Section<>(failing.stream()
					.map((feed) -> new FailingFeed(feed.productId(), names.get(feed.productId()), feed.url(),
							feed.consecutiveFailures(), feed.lastError(),
							(feed.lastErrorAt() != null) ? this.time.of(feed.lastErrorAt()) : null))
					.toList(), this.feeds.failingCount()),
				new Section<>(without.stream().map((id) -> new ProductToWrite(id, names.get(id))).toList(),
						this.editorial.productsWithoutTrajectoryCount()),
				new Section<>(stale.stream()
					.limit(LIST_SIZE)
					.map((trajectory) -> new StaleTrajectory(trajectory.productId(), names.get(trajectory.productId()),
							this.time.of(trajectory.updatedAt()),
							StaleEditorial.note(trajectory, this.time.now()).orElseThrow()))
					.toList(), stale.size()),
				new Section<>(this.ledger.dueBy(this.time.today(), LIST_SIZE)
					.stream()
					.map((entry) -> new PredictionDue(entry.prediction().id(), entry.product().name(),
							entry.prediction().statement(), this.time.of(entry.prediction().dueOn())))
					.toList(), this.ledger.dueCount(this.time.today())),
				new Section<>(this.review.pending(0, LIST_SIZE), this.review.pendingCount()),
				this.audit.latest(recentChanges, reader));
	}

	/**
	 * @param predictionsDue open predictions whose due date has come, the longest overdue
	 * first
	 * @param review ingested items waiting for an editor, newest first
	 * @param recent the latest changes made through the admin
	 */
	public record Dashboard(Section<FailingFeed> failingFeeds, Section<ProductToWrite> withoutTrajectory,
			Section<StaleTrajectory> staleTrajectories, Section<PredictionDue> predictionsDue,
			Section<ReviewItem> review, List<AuditEntryView> recent) {

		public boolean allClear() {
			return this.failingFeeds.total() == 0 && this.withoutTrajectory.total() == 0
					&& this.staleTrajectories.total() == 0 && this.predictionsDue.total() == 0
					&& this.review.total() == 0;
		}

	}

	/**
	 * The first few of a list and how long the whole list is.
	 */
	public record Section<T>(List<T> items, int total) {

		public int more() {
			return this.total - this.items.size();
		}

	}

	public record FailingFeed(long productId, String productName, String url, int failures, String lastError,
			When lastErrorAt) {
	}

	public record ProductToWrite(long productId, String productName) {
	}

	public record StaleTrajectory(long productId, String productName, When written, String note) {
	}

	public record PredictionDue(long predictionId, String productName, String statement, When due) {
	}

}
