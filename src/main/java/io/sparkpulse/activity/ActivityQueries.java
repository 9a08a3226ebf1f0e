package io.sparkpulse.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads activity for pages. Every query walks {@code activity_item_product_recent_idx}
 * from the newest end, so its cost depends on the page size, not on how much history a
 * product has. Items an editor hid are never read here.
 */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

	private static final String COLUMNS = "a.id, a.product_id, a.occurred_on, a.kind, a.title, a.summary, a.source_url, a.spark";

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest items of several products, interleaved newest first.
	 */
	public List<ActivityEntry> recentOf(Collection<Long> productIds, int limit) {
		return recentOf(productIds, limit, limit);
	}

	/**
	 * The latest moves of several products, interleaved newest first, at most
	 * {@code perProduct} of each, so that a busy product does not crowd a quiet one out.
	 */
	public List<ActivityEntry> recentOf(Collection<Long> productIds, int perProduct, int limit) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select %s
				from unnest(:ids) as p(id)
				cross join lateral (
				    select * from activity_item i
				    where i.product_id = p.id and not i.hidden
				    order by i.occurred_on desc, i.id desc
				    limit :perProduct
				) a
				order by a.occurred_on desc, a.id desc
				limit :limit
				""".formatted(COLUMNS))
			.param("ids", productIds.toArray(Long[]::new))
			.param("perProduct", perProduct)
			.param("limit", limit)
			.query(ActivityQueries::entry)
			.list();
	}

	/**
	 * One page of a product's whole timeline, newest first.
	 */
	public List<ActivityEntry> timeline(long productId, int offset, int limit) {
		return this.jdbc.sql("""
				select %s from activity_item a
				where a.product_id = :id and not a.hidden
				order by a.occurred_on desc, a.id desc
				offset :offset limit :limit
				""".formatted(COLUMNS))
			.param("id", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query(ActivityQueries::entry)
			.list();
	}

	public int countOf(long productId) {
		return this.jdbc.sql("select count(*) from activity_item where product_id = :id and not hidden")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The latest editorial sparks across the whole site.
	 */
	public List<ActivityEntry> latestSparks(int limit) {
		return this.jdbc.sql("""
				select %s from activity_item a
				join catalog_product p on p.id = a.product_id and p.retired_at is null
				where a.spark and not a.hidden
				order by a.occurred_on desc, a.id desc
				limit :limit
				""".formatted(COLUMNS)).param("limit", limit).query(ActivityQueries::entry).list();
	}

	/**
	 * The newest items across all products that are not retired, walking
	 * {@code activity_item_recent_idx}.
	 */
	public List<ActivityEntry> latest(int limit) {
		return this.jdbc.sql("""
				select %s from activity_item a
				join catalog_product p on p.id = a.product_id and p.retired_at is null
				where not a.hidden
				order by a.occurred_on desc, a.id desc
				limit :limit
				""".formatted(COLUMNS)).param("limit", limit).query(ActivityQueries::entry).list();
	}

	/**
	 * The newest items of a sector's products that are not retired, interleaved newest
	 * first. Only the {@code limit} products with the newest latest item can contribute
	 * (any other product's items all come after those {@code limit} latest items), so the
	 * timelines read in full are those few, whatever the size of the sector: one probe of
	 * {@code activity_item_product_recent_idx} per product, then {@code limit} short
	 * walks.
	 */
	public List<ActivityEntry> latestInSector(long sectorId, int limit) {
		return this.jdbc.sql("""
				select %s
				from (
				    select p.id
				    from catalog_product p
				    cross join lateral (
				        select i.occurred_on, i.id from activity_item i
				        where i.product_id = p.id and not i.hidden
				        order by i.occurred_on desc, i.id desc
				        limit 1
				    ) newest
				    where p.sector_id = :sector and p.retired_at is null
				    order by newest.occurred_on desc, newest.id desc
				    limit :limit
				) recent
				cross join lateral (
				    select * from activity_item i
				    where i.product_id = recent.id and not i.hidden
				    order by i.occurred_on desc, i.id desc
				    limit :limit
				) a
				order by a.occurred_on desc, a.id desc
				limit :limit
				""".formatted(COLUMNS))
			.param("sector", sectorId)
			.param("limit", limit)
			.query(ActivityQueries::entry)
			.list();
	}

	/**
	 * An item as editors edit it, with its version.
	 */
	public Optional<EditableActivity> editable(long id) {
		return editable(this.jdbc, id);
	}

	static Optional<EditableActivity> editable(JdbcClient jdbc, long id) {
		return jdbc
			.sql("select %s, a.version, a.removed_at is not null as removed from activity_item a where a.id = :id"
				.formatted(COLUMNS))
			.param("id", id)
			.query(ActivityQueries::editable)
			.optional();
	}

	/**
	 * One page of a product's timeline for editors, newest first, each item with its
	 * version.
	 */
	public List<EditableActivity> editablePage(long productId, int offset, int limit) {
		return this.jdbc.sql("""
				select %s, a.version, a.removed_at is not null as removed from activity_item a
				where a.product_id = :id
				order by a.occurred_on desc, a.id desc
				offset :offset limit :limit
				""".formatted(COLUMNS))
			.param("id", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query(ActivityQueries::editable)
			.list();
	}

	private static EditableActivity editable(ResultSet rs, int row) throws SQLException {
		return new EditableActivity(entry(rs, row), rs.getLong("version"), rs.getBoolean("removed"));
	}

	private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
		return new ActivityEntry(rs.getLong("id"), rs.getLong("product_id"),
				rs.getObject("occurred_on", java.time.LocalDate.class), ActivityKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("summary"), rs.getString("source_url"), rs.getBoolean("spark"));
	}

}
