package io.sparkpulse.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads products and sectors for pages, one statement per question. Scores come from the precomputed
 * {@code product_score} table; nothing here aggregates activity.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

	private static final String PRODUCT_SELECT = """
			select p.id, p.slug, p.name, p.headline, p.summary, p.website_url, p.repository_url,
			       s.id as sector_id, s.slug as sector_slug, s.name as sector_name,
			       coalesce(ps.score, 0.0) as score, coalesce(ps.sparks_30d, 0) as sparks_30d, ps.last_move_on,
			       coalesce(pc.quiet, false) as quiet,
			       array(select t.slug from product_theme pt join theme t on t.id = pt.theme_id
			             where pt.product_id = p.id order by pt.rank) as themes
			from product p
			join sector s on s.id = p.sector_id
			left join product_score ps on ps.product_id = p.id
			left join product_cadence pc on pc.product_id = p.id
			""";

	private final JdbcClient jdbc;

	CatalogQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ProductSummary> product(String slug) {
		return this.jdbc.sql(PRODUCT_SELECT + " where p.slug = :slug and p.retired_at is null")
			.param("slug", slug)
			.query(CatalogQueries::product)
			.optional();
	}

	/**
	 * The products with these slugs that exist and are not retired, in no particular order.
	 */
	public List<ProductSummary> products(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PRODUCT_SELECT + " where p.slug = any(:slugs) and p.retired_at is null")
			.param("slugs", slugs.toArray(String[]::new))
			.query(CatalogQueries::product)
			.list();
	}

	/**
	 * Products of the given sectors, fastest shipping first, leaving out {@code excludedIds}.
	 */
	public List<ProductSummary> rankedInSectors(Collection<Long> sectorIds, Collection<Long> excludedIds, int limit) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where p.sector_id = any(:sectors) and p.retired_at is null and not (p.id = any(:excluded))
				 order by coalesce(ps.score, 0) desc, ps.last_move_on desc nulls last, p.name
				 limit :limit
				""")
			.param("sectors", sectorIds.toArray(Long[]::new))
			.param("excluded", excludedIds.toArray(Long[]::new))
			.param("limit", limit)
			.query(CatalogQueries::product)
			.list();
	}

	/**
	 * The fastest shipping products across all sectors.
	 */
	public List<ProductSummary> mostActive(int limit) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where p.retired_at is null
				 order by coalesce(ps.score, 0) desc, ps.last_move_on desc nulls last, p.name
				 limit :limit
				""")
			.param("limit", limit)
			.query(CatalogQueries::product)
			.list();
	}

	public List<ProductSummary> productsByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PRODUCT_SELECT + " where p.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(CatalogQueries::product)
			.list();
	}

	public List<SectorSummary> sectors() {
		return this.jdbc.sql("""
				select s.id, s.slug, s.name, s.description,
				       (select count(*) from product p where p.sector_id = s.id and p.retired_at is null) as products
				from sector s order by s.name
				""").query(CatalogQueries::sector).list();
	}

	public Optional<SectorSummary> sector(String slug) {
		return this.jdbc.sql("""
				select s.id, s.slug, s.name, s.description,
				       (select count(*) from product p where p.sector_id = s.id and p.retired_at is null) as products
				from sector s where s.slug = :slug
				""").param("slug", slug).query(CatalogQueries::sector).optional();
	}

	private static SectorSummary sector(ResultSet rs, int row) throws SQLException {
		return new SectorSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), rs.getInt("products"));
	}

	private static ProductSummary product(ResultSet rs, int row) throws SQLException {
		return new ProductSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("headline"), rs.getString("summary"), rs.getString("website_url"),
				rs.getString("repository_url"),
				new SectorRef(rs.getLong("sector_id"), rs.getString("sector_slug"), rs.getString("sector_name")),
				rs.getBigDecimal("score").setScale(1), rs.getInt("sparks_30d"),
				rs.getObject("last_move_on", LocalDate.class), rs.getBoolean("quiet"), strings(rs.getArray("themes")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
