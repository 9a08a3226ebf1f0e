package io.sparkpulse.freshness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's version: every write that changes what a public page shows bumps it
 * inside its own transaction, so caches and ETags keyed by it stop matching the moment
 * the write commits, on every instance.
 */
@Service
public class DataVersion {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DataVersion(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Marks the data as changed; must run inside the writing transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump() {
		this.jdbc.sql("update data_version set version = version + 1, changed_at = :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new DataChanged());
	}

	/**
	 * Published when the version is bumped; listeners that care about the committed state
	 * use {@code @TransactionalEventListener}.
	 */
	public record DataChanged() {
	}

	@Transactional(readOnly = true)
	public Snapshot current() {
		return this.jdbc.sql("select version, changed_at from data_version")
			.query((rs, row) -> new Snapshot(rs.getLong("version"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	/**
	 * The version and when it last changed.
	 */
	public record Snapshot(long version, Instant changedAt) {
	}

}
