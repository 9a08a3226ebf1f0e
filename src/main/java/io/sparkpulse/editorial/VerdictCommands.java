package io.sparkpulse.editorial;

import java.sql.Timestamp;
import java.time.Instant;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves verdicts on pairs of products. Each save appends a revision; the newest is
 * current.
 */
@Service
@Transactional
public class VerdictCommands {

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	VerdictCommands(JdbcClient jdbc, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/**
	 * Appends a revision of the verdict on the pair, written by {@code author} at
	 * {@code at}; returns its number.
	 */
	public int revise(long oneId, long otherId, String body, String author, Instant at) {
		if (oneId == otherId) {
			throw new IllegalArgumentException("A verdict compares two different products");
		}
		long first = Math.min(oneId, otherId);
		long second = Math.max(oneId, otherId);
		int next = this.jdbc
			.sql("""
					select coalesce(max(revision), 0) + 1 from verdict_revision where first_id = :first and second_id = :second
					""")
			.param("first", first)
			.param("second", second)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into verdict_revision (first_id, second_id, revision, body, author, created_at)
				values (:first, :second, :revision, :body, :author, :at)
				""")
			.param("first", first)
			.param("second", second)
			.param("revision", next)
			.param("body", body)
			.param("author", author)
			.param("at", Timestamp.from(at))
			.update();
		this.dataVersion.bump(DependencyKeys.product(first), DependencyKeys.product(second));
		return next;
	}

}
