package io.sparkpulse.admin.feeds;

import java.time.Clock;
import java.util.List;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.ingest.ReviewItem;
import io.sparkpulse.ingest.ReviewQueue;
import io.sparkpulse.ingest.ReviewState;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.When;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' review of ingested items: the queue page by page, and the three decisions,
 * each recorded in the audit log with the item's state before and after, in the
 * decision's transaction.
 */
@Service
@Transactional
public class ReviewEditing {

	static final int PAGE_SIZE = 25;

	private static final String ENTITY = "activity";

	private final ReviewQueue queue;

	private final AuditLog audit;

	private final RelativeTime relative;

	ReviewEditing(ReviewQueue queue, AuditLog audit, Clock clock) {
		this.queue = queue;
		this.audit = audit;
		this.relative = new RelativeTime(clock);
	}

	@Transactional(readOnly = true)
	public int pendingCount() {
		return this.queue.pendingCount();
	}

	@Transactional(readOnly = true)
	public QueuePage page(int page) {
		Pagination pagination = Pagination.of(page, PAGE_SIZE, this.queue.pendingCount());
		if (!pagination.contains(page)) {
			throw new NotFoundException("review queue page " + page);
		}
		List<Row> rows = this.queue.pending((page - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map((item) -> new Row(item, this.relative.of(item.occurredOn())))
			.toList();
		return new QueuePage(rows, pagination);
	}

	/**
	 * The address of a page of the queue, or of its last page if it has become shorter
	 * than that.
	 */
	@Transactional(readOnly = true)
	public String pathOfPage(int page) {
		int existing = Math.min(Math.max(page, 1), Pagination.of(1, PAGE_SIZE, this.queue.pendingCount()).totalPages());
		return (existing == 1) ? "/admin/review" : "/admin/review?page=" + existing;
	}

	public Outcome decide(long itemId, Decision decision, Actor actor) {
		ReviewState before = this.queue.state(itemId)
			.orElseThrow(() -> new NotFoundException("ingested item " + itemId));
		switch (decision) {
			case SPARK:
				this.queue.flagAsSpark(itemId);
				break;
			case KEEP:
				this.queue.keep(itemId);
				break;
			default:
				this.queue.hide(itemId);
		}
		ReviewState after = this.queue.state(itemId).orElseThrow();
		this.audit.record(actor,
				AuditEvent
					.of(decision.action, ENTITY, itemId, decision.summary + " “" + before.title() + "”", before, after)
					.aboutProduct(before.productId()));
		return Outcome.saved(itemId, "“" + before.title() + "” " + decision.notice);
	}

	/**
	 * The same verdict on several items at once, all or none: each is decided and audited
	 * as if its own button had been pressed. An item no longer in the queue (decided
	 * meanwhile in another tab) is skipped and counted.
	 */
	public Outcome decideAll(List<Long> itemIds, Decision decision, Actor actor) {
		List<Long> ids = (itemIds != null) ? itemIds.stream().distinct().toList() : List.of();
		if (ids.isEmpty()) {
			return Outcome.rejected("item", "Tick at least one item, then choose what to do with them.");
		}
		int done = 0;
		for (long id : ids) {
			if (this.queue.state(id).filter(ReviewState::awaitingReview).isPresent()) {
				decide(id, decision, actor);
				done++;
			}
		}
		int skipped = ids.size() - done;
		return Outcome.saved(0,
				done + ((done == 1) ? " item " : " items ") + decision.bulkNotice + ((skipped == 1)
						? " 1 item no longer in the queue was left alone."
						: (skipped > 1) ? " " + skipped + " items no longer in the queue were left alone." : ""));
	}

	/**
	 * An editor's verdict on an ingested item, as the queue's buttons send it.
	 */
	public enum Decision {

		SPARK("review.spark", "Flagged as a spark from the review queue:", "is flagged as a ⚡ spark.",
				"flagged as ⚡ sparks."),

		KEEP("review.keep", "Kept from the review queue:", "is kept as an ordinary item.", "kept as ordinary items."),

		HIDE("review.hide", "Hid from the review queue:", "is hidden from every public page.",
				"hidden from every public page.");

		private final String action;

		private final String summary;

		private final String notice;

		private final String bulkNotice;

		Decision(String action, String summary, String notice, String bulkNotice) {
			this.action = action;
			this.summary = summary;
			this.notice = notice;
			this.bulkNotice = bulkNotice;
		}

	}

	/**
	 * One page of the queue, most recently ingested first.
	 */
	public record QueuePage(List<Row> items, Pagination pagination) {
	}

	/**
	 * An item awaiting review with its date as pages show it.
	 */
	public record Row(ReviewItem item, When occurred) {
	}

}
