package io.sparkpulse.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.sparkpulse.ingest.fetch.CacheValidators;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out due sources so that no source is ever fetched twice at once, whatever the
 * number of instances and threads polling the same database. A claim is one atomic
 * statement: it picks the source due longest among those nobody holds
 * ({@code FOR UPDATE SKIP LOCKED}, so concurrent claims pass over a row another is taking
 * instead of waiting for it or taking it too) and gives it a lease with a fresh token.
 * The lease keeps the source away from other claims until the outcome is stored or, if
 * the instance died, until it expires; outcomes are stored only under a token that still
 * holds.
 */
@Component
class SourceClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IngestProperties properties;

	SourceClaims(JdbcClient jdbc, Clock clock, IngestProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * The next due source, now leased to the caller; empty when none is due (or all due
	 * ones are taken). Sources of retired products are not fetched.
	 */
	@Transactional
	Optional<ClaimedSource> claimNext() {
		Instant now = this.clock.instant();
		UUID lease = UUID.randomUUID();
		return this.jdbc.sql("""
				update feed_source s
				set lease_token = :lease, lease_until = :until, last_fetch_at = :now
				where s.id = (
				    select f.id from feed_source f
				    join catalog_product p on p.id = f.product_id and p.retired_at is null
				    where f.removed_at is null and f.next_fetch_at <= :now
				      and (f.lease_until is null or f.lease_until <= :now)
				    order by f.next_fetch_at, f.id
				    limit 1
				    for update of f skip locked)
				returning s.id, s.product_id, s.url, s.kind, s.etag, s.last_modified, s.consecutive_failures,
				          s.last_error
				""")
			.param("lease", lease)
			.param("until", Timestamp.from(now.plus(this.properties.lease())))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new ClaimedSource(rs.getLong("id"), rs.getLong("product_id"), rs.getString("url"),
					FeedKind.valueOf(rs.getString("kind")),
					new CacheValidators(rs.getString("etag"), rs.getString("last_modified")),
					rs.getInt("consecutive_failures"), rs.getString("last_error"), lease))
			.optional();
	}

}
