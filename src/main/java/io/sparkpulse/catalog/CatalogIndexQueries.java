package io.sparkpulse.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What crawlers are told exists, and when it last changed: listings for sitemaps, in stable order and
 * paged, so that every file of a split sitemap is one bounded query.
 */
@Service
@Transactional(readOnly = true)
public class CatalogIndexQueries {

	/**
	 * Each product paired with the {@code perProduct} best-ranked other products of its sector. Those are
	 * the sector's top {@code perProduct + 1} minus the product itself, so the sector ranking is computed once
	 * (one sort of the catalog) rather than once per product.
	 */
	private static final String PAIRS = """
			with ranked as (
			    select p.id, p.slug, p.sector_id, p.content_changed_at,
			           row_number() over (partition by p.sector_id order by s.score desc, p.slug) as rank
			    from product p join product_score s on s.product_id = p.id
			    where p.retired_at is null
			)
			select distinct least(a.slug, b.slug) as first, greatest(a.slug, b.slug) as second,
			       greatest(a.content_changed_at, b.content_changed_at) as changed_at
			from ranked a
			join (select * from ranked where rank <= :perProduct + 1) b on b.sector_id = a.sector_id and b.id <> a.id
			where b.rank <= :perProduct + (case when a.rank <= :perProduct then 1 else 0 end)
			""";

	private final JdbcClient jdbc;

	CatalogIndexQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int productCount() {
		return this.jdbc.sql("select count(*) from product where retired_at is null").query(Integer.class).single();
	}

	public List<Indexed> products(int offset, int limit) {
		return this.jdbc.sql("""
				select slug, content_changed_at from product where retired_at is null
				order by slug offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Indexed(rs.getString("slug"),
					rs.getObject("content_changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public List<Indexed> sectors() {
		return this.jdbc.sql("""
				select s.slug, coalesce(max(p.content_changed_at), s.created_at) as changed_at
				from sector s left join product p on p.sector_id = s.id and p.retired_at is null
				group by s.id order by s.slug
				""")
			.query((rs, row) -> new Indexed(rs.getString("slug"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * How many distinct comparisons pair each product with its {@code perProduct} best-ranked same-sector
	 * alternatives.
	 */
	public int pairCount(int perProduct) {
		return this.jdbc.sql("select count(*) from (" + PAIRS + ") pairs")
			.param("perProduct", perProduct)
			.query(Integer.class)
			.single();
	}

	public List<IndexedPair> pairs(int perProduct, int offset, int limit) {
		return this.jdbc.sql("select * from (" + PAIRS + ") pairs order by first, second offset :offset limit :limit")
			.param("perProduct", perProduct)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new IndexedPair(rs.getString("first"), rs.getString("second"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * A page's key and when its content last changed.
	 */
	public record Indexed(String slug, Instant changedAt) {
	}

	/**
	 * Two products worth comparing, in canonical order.
	 */
	public record IndexedPair(String first, String second, Instant changedAt) {
	}

}
