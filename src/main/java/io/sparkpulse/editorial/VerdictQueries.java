package io.sparkpulse.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads verdicts on pairs of products; the order the two ids are given in does not
 * matter.
 */
@Service
@Transactional(readOnly = true)
public class VerdictQueries {

	private static final String COLUMNS = "first_id, second_id, revision, body, author, created_at";

	private final JdbcClient jdbc;

	VerdictQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Verdict> current(long oneId, long otherId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from verdict_revision where first_id = :first and second_id = :second
				order by revision desc limit 1
				""")
			.param("first", Math.min(oneId, otherId))
			.param("second", Math.max(oneId, otherId))
			.query(VerdictQueries::verdict)
			.optional();
	}

	/**
	 * Every revision of a pair's verdict, newest first.
	 */
	public List<Verdict> history(long oneId, long otherId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from verdict_revision where first_id = :first and second_id = :second
				order by revision desc
				""")
			.param("first", Math.min(oneId, otherId))
			.param("second", Math.max(oneId, otherId))
			.query(VerdictQueries::verdict)
			.list();
	}

	/**
	 * The current verdict of every pair that has one, newest first.
	 */
	public List<Verdict> latest(int limit) {
		return this.jdbc.sql("""
				select distinct on (first_id, second_id) %s from verdict_revision
				order by first_id, second_id, revision desc
				""".formatted(COLUMNS))
			.query(VerdictQueries::verdict)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Verdict::updatedAt).reversed())
			.limit(limit)
			.toList();
	}

	private static Verdict verdict(ResultSet rs, int row) throws SQLException {
		return new Verdict(rs.getLong("first_id"), rs.getLong("second_id"), rs.getInt("revision"), rs.getString("body"),
				rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
