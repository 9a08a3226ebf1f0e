package io.sparkpulse.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads current trajectories and their history; the unique (product, revision) index
 * serves both.
 */
@Service
@Transactional(readOnly = true)
public class EditorialQueries {

	private static final String COLUMNS = "product_id, revision, headline, current_state, heading, prediction, author, created_at";

	private static final String MOVES_SINCE = """
			(select count(*) from activity_move a
			 where a.product_id = t.product_id and not a.hidden
			   and a.occurred_on > (t.created_at at time zone 'UTC')::date) as moves_since""";

	private static final String WITHOUT_TRAJECTORY = """
			select p.id from catalog_product p
			where (p.retired_at is null or p.draft)
			  and not exists (select 1 from trajectory_revision r where r.product_id = p.id)
			""";

	private final JdbcClient jdbc;

	EditorialQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current trajectory of each product that has one, by product id.
	 */
	public Map<Long, Trajectory> currentOf(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select %s, %s
				from unnest(:ids) as p(id)
				cross join lateral (
				    select * from trajectory_revision r where r.product_id = p.id
				    order by r.revision desc limit 1
				) t
				""".formatted(COLUMNS, MOVES_SINCE))
			.param("ids", productIds.toArray(Long[]::new))
			.query(EditorialQueries::trajectory)
			.list()
			.stream()
			.collect(Collectors.toMap(Trajectory::productId, Function.identity()));
	}

	/**
	 * Products that are public or drafts and have no trajectory yet, by name.
	 */
	public List<Long> productsWithoutTrajectory(int limit) {
		return this.jdbc.sql(WITHOUT_TRAJECTORY + " order by lower(p.name), p.id limit :limit")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	public int productsWithoutTrajectoryCount() {
		return this.jdbc.sql("select count(*) from (" + WITHOUT_TRAJECTORY + ") w").query(Integer.class).single();
	}

	/**
	 * Current trajectories of products that are public or drafts written before
	 * {@code writtenBefore}, oldest first; {@link StaleEditorial} decides which of them
	 * have fallen behind.
	 */
	public List<Trajectory> currentWrittenBefore(Instant writtenBefore) {
		return this.jdbc
			.sql("""
					select %s, %s
					from (select distinct on (r.product_id) r.* from trajectory_revision r
					      order by r.product_id, r.revision desc) t
					where t.created_at < :before
					  and exists (select 1 from catalog_product p where p.id = t.product_id and (p.retired_at is null or p.draft))
					order by t.created_at, t.product_id
					"""
				.formatted(COLUMNS, MOVES_SINCE))
			.param("before", Timestamp.from(writtenBefore))
			.query(EditorialQueries::trajectory)
			.list();
	}

	/**
	 * Every revision of a product's trajectory, newest first.
	 */
	public List<Trajectory> history(long productId) {
		return this.jdbc
			.sql("select " + COLUMNS + ", " + MOVES_SINCE
					+ " from trajectory_revision t where product_id = :id order by revision desc")
			.param("id", productId)
			.query(EditorialQueries::trajectory)
			.list();
	}

	private static Trajectory trajectory(ResultSet rs, int row) throws SQLException {
		return new Trajectory(rs.getLong("product_id"), rs.getInt("revision"), rs.getString("headline"),
				rs.getString("current_state"), rs.getString("heading"), rs.getString("prediction"),
				rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("moves_since"));
	}

}
