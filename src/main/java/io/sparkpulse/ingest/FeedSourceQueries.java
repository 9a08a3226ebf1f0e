package io.sparkpulse.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads feed sources with their health, for the admin pages. Removed sources are not
 * listed.
 */
@Service
@Transactional(readOnly = true)
public class FeedSourceQueries {

	private static final String SELECT = """
			select f.id, f.product_id, f.url, f.kind, f.last_fetch_at, f.last_success_at, f.last_error,
			       f.last_error_at, f.consecutive_failures, f.next_fetch_at,
			       (select count(*) from activity_move a where a.feed_source_id = f.id) as items_found,
			       (select count(*) from activity_move a
			        where a.feed_source_id = f.id and a.review_state = 'PENDING') as items_pending
			from feed_source f
			""";

	private final JdbcClient jdbc;

	FeedSourceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sources a product follows, oldest first.
	 */
	public List<FeedSourceStatus> ofProduct(long productId) {
		return this.jdbc.sql(SELECT + " where f.product_id = :id and f.removed_at is null order by f.id")
			.param("id", productId)
			.query(FeedSourceQueries::status)
			.list();
	}

	/**
	 * Sources of products that are not retired whose last fetch failed, the longest
	 * failing first.
	 */
	public List<FeedSourceStatus> failing(int limit) {
		return this.jdbc.sql(SELECT + """
				 where f.removed_at is null and f.consecutive_failures > 0
				   and f.product_id in (select p.id from catalog_product p where p.retired_at is null or p.draft)
				 order by f.consecutive_failures desc, f.id limit :limit
				""").param("limit", limit).query(FeedSourceQueries::status).list();
	}

	public int failingCount() {
		return this.jdbc.sql("""
				select count(*) from feed_source f
				where f.removed_at is null and f.consecutive_failures > 0
				  and f.product_id in (select p.id from catalog_product p where p.retired_at is null or p.draft)
				""").query(Integer.class).single();
	}

	public Optional<FeedSourceStatus> byId(long sourceId) {
		return this.jdbc.sql(SELECT + " where f.id = :id and f.removed_at is null")
			.param("id", sourceId)
			.query(FeedSourceQueries::status)
			.optional();
	}

	private static FeedSourceStatus status(ResultSet rs, int row) throws SQLException {
		Instant lastSuccessAt = instant(rs, "last_success_at");
		int failures = rs.getInt("consecutive_failures");
		return new FeedSourceStatus(rs.getLong("id"), rs.getLong("product_id"), rs.getString("url"),
				FeedKind.valueOf(rs.getString("kind")), FeedSourceStatus.healthOf(lastSuccessAt, failures),
				instant(rs, "last_fetch_at"), lastSuccessAt, rs.getString("last_error"), instant(rs, "last_error_at"),
				failures, rs.getInt("items_found"), rs.getInt("items_pending"), instant(rs, "next_fetch_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
