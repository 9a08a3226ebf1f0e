package io.sparkpulse.freshness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of what pages show, one per {@link DependencyKeys dependency key}: every
 * write that changes what a public page shows bumps the keys of exactly what it changed,
 * inside its own transaction, so the caches and ETags of the pages that show it stop
 * matching the moment the write commits, on every instance, while every other page keeps
 * its own. Bumping a key locks its row until commit, so two writes to the same product
 * (and their score computations) run one after the other; writes to different products
 * never wait for each other here.
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
	 * Marks what these keys name as changed; must run inside the writing transaction.
	 * Keys are bumped in a fixed order, so two writes bumping the same keys cannot
	 * deadlock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump(String key, String... more) {
		TreeSet<String> keys = new TreeSet<>();
		keys.add(key);
		keys.addAll(List.of(more));
		Instant now = this.clock.instant();
		Map<String, Long> versions = new TreeMap<>();
		for (String one : keys) {
			if (DependencyKeys.isAggregate(one)) {
				throw new IllegalArgumentException(one + " is derived from other keys and cannot be bumped");
			}
			versions.put(one, bumpOne(one, now));
		}
		this.events.publishEvent(new DataChanged(Map.copyOf(versions), now));
	}

	/**
	 * Holds these keys until the transaction ends, as a bump would, without moving their
	 * versions: a writer that may or may not change something (a ranking that may or may
	 * not reorder) waits for the others that hold it. A key never written before is
	 * bumped once, so that it has a row to hold. Keys are taken in a fixed order; take
	 * products' keys before sectors' and the site's, as every writer does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Collection<String> keys) {
		List<String> sorted = keys.stream().distinct().sorted().toList();
		if (sorted.isEmpty()) {
			return;
		}
		Set<String> held = new HashSet<>(
				this.jdbc.sql("select key from dependency_version where key = any(:keys) order by key for update")
					.param("keys", sorted.toArray(String[]::new))
					.query(String.class)
					.list());
		List<String> missing = sorted.stream().filter((key) -> !held.contains(key)).toList();
		if (!missing.isEmpty()) {
			bump(missing.get(0), missing.subList(1, missing.size()).toArray(String[]::new));
		}
	}

	private long bumpOne(String key, Instant now) {
		Timestamp at = Timestamp.from(now);
		// Updating first takes no number from the sequence for nothing (which pollers
		// would wait for as a gap); the insert only runs the first time a key changes.
		return this.jdbc.sql("""
				update dependency_version set version = nextval('dependency_version_seq'), changed_at = :now
				where key = :key returning version
				""").param("key", key).param("now", at).query(Long.class).optional().orElseGet(() -> this.jdbc.sql("""
				insert into dependency_version (key, version, changed_at)
				values (:key, nextval('dependency_version_seq'), :now)
				on conflict (key) do update set version = nextval('dependency_version_seq'), changed_at = :now
				returning version
				""").param("key", key).param("now", at).query(Long.class).single());
	}

	/**
	 * Published when keys are bumped, with their new versions; listeners that care about
	 * the committed state use {@code @TransactionalEventListener}.
	 */
	public record DataChanged(Map<String, Long> versions, Instant changedAt) {
	}

	/**
	 * The latest change to anything.
	 */
	@Transactional(readOnly = true)
	public Snapshot current() {
		return this.jdbc.sql("select version, changed_at from dependency_version order by version desc limit 1")
			.query((rs, row) -> new Snapshot(rs.getLong("version"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	/**
	 * The highest version and when it was written.
	 */
	public record Snapshot(long version, Instant changedAt) {
	}

}
