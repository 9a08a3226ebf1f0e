package io.sparkpulse.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.ReviewDecision;
import io.sparkpulse.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The editors' queue of ingested items nobody has reviewed yet. Ingested items are public
 * from the moment they arrive (as ordinary items, never sparks); a decision flags one as
 * a spark, keeps it as it is, or hides it from every public page and from the score. Any
 * decision takes the item out of the queue, and a later one replaces it (keeping a hidden
 * item shows it again). Decisions on an unknown or editor-written item are a
 * {@link NotFoundException}.
 */
@Service
@Validated
@Transactional
public class ReviewQueue {

	public static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final ActivityCommands activity;

	ReviewQueue(JdbcClient jdbc, ActivityCommands activity) {
		this.jdbc = jdbc;
		this.activity = activity;
	}

	/**
	 * One page of the queue, most recently ingested first.
	 */
	@Transactional(readOnly = true)
	public List<ReviewItem> pending(@PositiveOrZero int offset, @Min(1) @Max(MAX_PAGE_SIZE) int limit) {
		return this.jdbc.sql("""
				select a.id, a.product_id, p.slug, p.name, a.feed_source_id, f.url as feed_url, f.kind as feed_kind,
				       a.occurred_on, a.kind, a.title, a.summary, a.source_url, a.created_at
				from activity_move a
				join catalog_product p on p.id = a.product_id
				join feed_source f on f.id = a.feed_source_id
				where a.review_state = 'PENDING'
				order by a.created_at desc, a.id desc
				offset :offset limit :limit
				""").param("offset", offset).param("limit", limit).query(ReviewQueue::item).list();
	}

	@Transactional(readOnly = true)
	public int pendingCount() {
		return this.jdbc.sql("select count(*) from activity_move where review_state = 'PENDING'")
			.query(Integer.class)
			.single();
	}

	/**
	 * Where an ingested item stands, its row locked until the transaction ends so that a
	 * decision made in the same transaction starts from exactly this state; empty for an
	 * unknown or editor-written item.
	 */
	public Optional<ReviewState> state(long itemId) {
		return this.jdbc.sql("""
				select id, product_id, title, review_state, spark, hidden from activity_move
				where id = :id and review_state is not null
				for update
				""")
			.param("id", itemId)
			.query((rs, row) -> new ReviewState(rs.getLong("id"), rs.getLong("product_id"), rs.getString("title"),
					"PENDING".equals(rs.getString("review_state")), rs.getBoolean("spark"), rs.getBoolean("hidden")))
			.optional();
	}

	public void flagAsSpark(long itemId) {
		decide(itemId, ReviewDecision.SPARK);
	}

	public void keep(long itemId) {
		decide(itemId, ReviewDecision.KEEP);
	}

	public void hide(long itemId) {
		decide(itemId, ReviewDecision.HIDE);
	}

	private void decide(long itemId, ReviewDecision decision) {
		if (!this.activity.review(itemId, decision)) {
			throw new NotFoundException("ingested item " + itemId);
		}
	}

	private static ReviewItem item(ResultSet rs, int row) throws SQLException {
		return new ReviewItem(rs.getLong("id"), rs.getLong("product_id"), rs.getString("slug"), rs.getString("name"),
				rs.getLong("feed_source_id"), rs.getString("feed_url"), FeedKind.valueOf(rs.getString("feed_kind")),
				rs.getObject("occurred_on", LocalDate.class), ActivityKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("summary"), rs.getString("source_url"),
				FeedSourceQueries.instant(rs, "created_at"));
	}

}
