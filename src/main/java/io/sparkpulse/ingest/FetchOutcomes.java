package io.sparkpulse.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.activity.SourcedActivityChanges;
import io.sparkpulse.ingest.fetch.CacheValidators;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what came of one fetch, each outcome in one transaction: the source's health and
 * schedule and, on success, its entries (which recompute the product's score and bump the
 * data version on the way). The source row is updated first, under the fetch's lease, and
 * releases it; if the lease is gone, nothing at all is stored.
 */
@Component
@Transactional
class FetchOutcomes {

	private final JdbcClient jdbc;

	private final ActivityCommands activity;

	private final Clock clock;

	private final IngestProperties properties;

	FetchOutcomes(JdbcClient jdbc, ActivityCommands activity, Clock clock, IngestProperties properties) {
		this.jdbc = jdbc;
		this.activity = activity;
		this.clock = clock;
		this.properties = properties;
	}

	SourcedActivityChanges succeeded(ClaimedSource source, CacheValidators validators, List<SourcedActivity> entries) {
		healthy(source, validators);
		return this.activity.recordFromSource(source.productId(), source.id(), entries);
	}

	void notModified(ClaimedSource source, CacheValidators validators) {
		healthy(source, validators);
	}

	/**
	 * Records a failed fetch and schedules the next one after a back-off.
	 */
	void failed(ClaimedSource source, String error) {
		Instant now = this.clock.instant();
		int failures = source.consecutiveFailures() + 1;
		Instant next = now.plus(Backoff.after(failures, this.properties.pollInterval(), this.properties.maxBackoff()));
		int updated = this.jdbc.sql("""
				update feed_source
				set last_error = :error, last_error_at = :now, consecutive_failures = :failures, next_fetch_at = :next,
				    lease_token = null, lease_until = null
				where id = :id and lease_token = :lease
				""")
			.param("error", error)
			.param("now", Timestamp.from(now))
			.param("failures", failures)
			.param("next", Timestamp.from(next))
			.param("id", source.id())
			.param("lease", source.lease())
			.update();
		requireLease(updated, source);
	}

	private void healthy(ClaimedSource source, CacheValidators validators) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update feed_source
				set etag = :etag, last_modified = :lastModified, last_success_at = :now, consecutive_failures = 0,
				    next_fetch_at = :next, lease_token = null, lease_until = null
				where id = :id and lease_token = :lease
				""")
			.param("etag", validators.etag())
			.param("lastModified", validators.lastModified())
			.param("now", Timestamp.from(now))
			.param("next", Timestamp.from(now.plus(this.properties.pollInterval())))
			.param("id", source.id())
			.param("lease", source.lease())
			.update();
		requireLease(updated, source);
	}

	private static void requireLease(int updated, ClaimedSource source) {
		if (updated == 0) {
			throw new LeaseLostException(source.id());
		}
	}

}
