package io.sparkpulse.freshness;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This instance's view of every key's {@link DataVersion}, kept in memory so that
 * answering a conditional request or serving a cached page costs no database round trip.
 * Writes on this instance update it as they commit; writes on other instances are seen at
 * the next poll, which asks for the versions above the highest one seen.
 * <p>
 * Versions are taken from one sequence when a write bumps a key but become visible when
 * it commits, so a lower version can commit after a higher one: a number skipped by a
 * poll is asked for again at every poll until it shows up or {@link #GAP_PATIENCE} has
 * passed (its transaction rolled back). Derived keys ({@link DependencyKeys#PRODUCTS},
 * {@link DependencyKeys#SECTORS}, {@link DependencyKeys#ALL}) are the sums of the
 * versions they stand for: a sum grows whenever any of them does, and is the same on
 * every instance that has seen the same writes.
 */
@Component
public class DataVersionWatcher implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

	/**
	 * Longer than the longest writing transaction (the catalog import may take five
	 * minutes), so a late commit is never missed.
	 */
	static final Duration GAP_PATIENCE = Duration.ofMinutes(10);

	/**
	 * Numbers below the highest version at start-up that may belong to transactions still
	 * running; asked for like gaps.
	 */
	private static final int START_WINDOW = 100;

	/** A jump larger than this is a restart of the sequence, not a set of gaps. */
	private static final int MAX_GAPS = 10_000;

	private static final Known NEVER = new Known(0, Instant.EPOCH, 0);

	private final JdbcClient jdbc;

	private final DataVersionProperties properties;

	private final Map<String, Known> keys = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final Object lock = new Object();

	/** Guarded by {@link #lock}. */
	private volatile long highest = -1;

	/**
	 * Versions not seen yet, and when they were first missed; guarded by {@link #lock}.
	 */
	private final Map<Long, Long> gaps = new HashMap<>();

	DataVersionWatcher(JdbcClient jdbc, DataVersionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * The version of a key as this instance knows it; 0 for a key never written.
	 */
	public long version(String key) {
		return known(key).version();
	}

	/**
	 * When a key last changed; for a derived key, when any key it stands for did.
	 */
	public Instant changedAt(String key) {
		return known(key).changedAt();
	}

	/**
	 * A number that grows each time this instance learns of a change; see {@link #stamp}.
	 */
	public long generation() {
		loaded();
		return this.generation.get();
	}

	/**
	 * The versions of these keys now, for something read since {@link #generation()}
	 * returned {@code generation}; {@code null} when one of them moved meanwhile (what
	 * was read may be older than the versions known now, so it must not be filed under
	 * them).
	 */
	public Stamp stamp(Collection<String> keys, long generation) {
		List<String> named = List.copyOf(keys);
		long[] versions = new long[named.size()];
		for (int i = 0; i < versions.length; i++) {
			// Version and generation come from one record: a version learnt after
			// `generation` is never filed as if it had been known before.
			Known known = known(named.get(i));
			if (known.generation() > generation) {
				return null;
			}
			versions[i] = known.version();
		}
		return new Stamp(named, versions);
	}

	/**
	 * Versions of some keys at one moment: something kept in memory under a stamp is
	 * current while {@link #isCurrent} says so.
	 */
	public record Stamp(List<String> keys, long[] versions) {
	}

	/** Whether none of the stamped keys moved. */
	public boolean isCurrent(Stamp stamp) {
		for (int i = 0; i < stamp.versions().length; i++) {
			if (version(stamp.keys().get(i)) != stamp.versions()[i]) {
				return false;
			}
		}
		return true;
	}

	private Known known(String key) {
		loaded();
		return this.keys.getOrDefault(key, NEVER);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCommit(DataVersion.DataChanged event) {
		loaded();
		synchronized (this.lock) {
			event.versions().forEach((key, version) -> apply(key, version, event.changedAt()));
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::poll, this.properties.poll());
	}

	void poll() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			log.debug("Versions not refreshed: {}", ex.getMessage());
		}
	}

	/**
	 * Reads what changed since the last look.
	 */
	public void refresh() {
		if (!loaded()) {
			return;
		}
		long since;
		Long[] waiting;
		synchronized (this.lock) {
			since = this.highest;
			waiting = this.gaps.keySet().toArray(Long[]::new);
		}
		List<Row> rows = this.jdbc.sql(
				"select key, version, changed_at from dependency_version where version > :since or version = any(:gaps)")
			.param("since", since)
			.param("gaps", waiting)
			.query(DataVersionWatcher::row)
			.list();
		take(rows, since, false);
	}

	/**
	 * Reads every key on first use; true when they had been read already.
	 */
	private boolean loaded() {
		if (this.highest >= 0) {
			return true;
		}
		synchronized (this.lock) {
			if (this.highest < 0) {
				List<Row> rows = this.jdbc.sql("select key, version, changed_at from dependency_version")
					.query(DataVersionWatcher::row)
					.list();
				take(rows, 0, true);
			}
		}
		return false;
	}

	private void take(List<Row> rows, long since, boolean starting) {
		synchronized (this.lock) {
			long top = since;
			Set<Long> seen = new HashSet<>();
			for (Row row : rows) {
				apply(row.key(), row.version(), row.changedAt());
				seen.add(row.version());
				top = Math.max(top, row.version());
			}
			long now = System.nanoTime();
			this.gaps.keySet().removeAll(seen);
			long from = starting ? Math.max(1, top - START_WINDOW) : since + 1;
			if (top - from <= MAX_GAPS) {
				for (long missing = from; missing < top; missing++) {
					if (!seen.contains(missing)) {
						this.gaps.putIfAbsent(missing, now);
					}
				}
			}
			for (Iterator<Long> waited = this.gaps.values().iterator(); waited.hasNext();) {
				if (now - waited.next() > GAP_PATIENCE.toNanos()) {
					waited.remove();
				}
			}
			this.highest = Math.max(this.highest, top);
		}
	}

	/** Guarded by {@link #lock}. */
	private void apply(String key, long version, Instant changedAt) {
		Known old = this.keys.getOrDefault(key, NEVER);
		if (version <= old.version()) {
			return;
		}
		long now = this.generation.incrementAndGet();
		this.keys.put(key, new Known(version, changedAt, now));
		long delta = version - old.version();
		String aggregate = DependencyKeys.aggregateOf(key);
		if (aggregate != null) {
			grow(aggregate, delta, changedAt, now);
		}
		grow(DependencyKeys.ALL, delta, changedAt, now);
	}

	private void grow(String aggregate, long delta, Instant changedAt, long now) {
		Known sum = this.keys.getOrDefault(aggregate, NEVER);
		Instant latest = changedAt.isAfter(sum.changedAt()) ? changedAt : sum.changedAt();
		this.keys.put(aggregate, new Known(sum.version() + delta, latest, now));
	}

	private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Row(rs.getString("key"), rs.getLong("version"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	private record Row(String key, long version, Instant changedAt) {
	}

	private record Known(long version, Instant changedAt, long generation) {
	}

}
