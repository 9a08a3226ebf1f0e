package io.sparkpulse.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What crawlers are told exists, and when it last changed: listings for sitemaps, in
 * stable order and paged, so that every file of a split sitemap is one bounded query.
 */
@Service
@Transactional(readOnly = true)
public class CatalogIndexQueries {

	/**
	 * Each product paired with the {@code perProduct} best-ranked other products of its
	 * sector, in the order of the alternatives its pages show ({@link CatalogQueries}'
	 * ranking). Those are the sector's top {@code perProduct + 1} minus the product
	 * itself: each sector's top is one short walk of {@code product_score_ranking_idx},
	 * so no statement sorts the catalog by score. A pair of two top products is listed
	 * once, from its first product; pages follow product ids, then rank. Slugs compare
	 * byte-wise ({@code collate "C"}), as canonical compare paths order them, whatever
	 * the database's collation.
	 */
	private static final String PAIRS = """
			with top as materialized (
			    select t.id, t.slug, t.sector_id, t.content_changed_at, t.rank
			    from sector s cross join lateral (
			        select p.id, p.slug, p.sector_id, p.content_changed_at,
			               row_number() over (order by %1$s) as rank
			        from scoring_score ps join product p on p.id = ps.product_id
			        where p.sector_id = s.id and p.retired_at is null
			        order by %1$s
			        limit :perProduct + 1) t
			)
			select a.id as product_id, b.rank,
			       least(a.slug collate "C", b.slug collate "C") as first,
			       greatest(a.slug collate "C", b.slug collate "C") as second,
			       greatest(a.content_changed_at, b.content_changed_at) as changed_at
			from product a
			join top b on b.sector_id = a.sector_id and b.id <> a.id
			left join top t on t.id = a.id
			where a.retired_at is null
			  and b.rank <= :perProduct + (case when t.id is null then 0 else 1 end)
			  and (t.id is null or a.slug collate "C" < b.slug collate "C")
			""".formatted(CatalogQueries.RANKING_KEY);

	/**
	 * The three-way comparisons that pages of the pairs above link to: each pair with the
	 * best-ranked product of its sector's top that is neither of them ("closest to both",
	 * as {@code compare.ComparisonLinks} picks it from the same ranking), each trio once,
	 * its slugs in canonical order. A sector needs three products for any.
	 */
	private static final String TRIOS = """
			with top as materialized (
			    select t.id, t.slug, t.sector_id, t.content_changed_at, t.rank
			    from sector s cross join lateral (
			        select p.id, p.slug, p.sector_id, p.content_changed_at,
			               row_number() over (order by ps.score desc, ps.last_move_on desc nulls last, ps.product_id) as rank
			        from scoring_score ps join product p on p.id = ps.product_id
			        where p.sector_id = s.id and p.retired_at is null
			        order by ps.score desc, ps.last_move_on desc nulls last, ps.product_id
			        limit :perProduct + 1) t
			), pairs as (
			    select a.id as a_id, a.slug as a_slug, a.content_changed_at as a_changed, a.sector_id,
			           b.id as b_id, b.slug as b_slug, b.content_changed_at as b_changed
			    from product a
			    join top b on b.sector_id = a.sector_id and b.id <> a.id
			    left join top t on t.id = a.id
			    where a.retired_at is null
			      and b.rank <= :perProduct + (case when t.id is null then 0 else 1 end)
			), trios as (
			    select (select string_agg(x, '-vs-' order by x collate "C") from unnest(array[p.a_slug, p.b_slug, c.slug]) x) as path,
			           greatest(p.a_changed, p.b_changed, c.content_changed_at) as changed_at
			    from pairs p
			    cross join lateral (
			        select c.slug, c.content_changed_at from top c
			        where c.sector_id = p.sector_id and c.id <> p.a_id and c.id <> p.b_id
			        order by c.rank limit 1) c
			)
			select distinct path collate "C" as path, changed_at from trios
			""";

	private final JdbcClient jdbc;

	CatalogIndexQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	public List<IndexedSector> sectors() {
		return this.jdbc.sql("""
				select s.slug, coalesce(max(p.content_changed_at), s.created_at) as changed_at, count(p.id) as products
				from sector s left join product p on p.sector_id = s.id and p.retired_at is null
				group by s.id order by s.slug
				""")
			.query((rs, row) -> new IndexedSector(rs.getString("slug"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getInt("products")))
			.list();
	}

	/**
	 * The files of the compare sitemap, {@code perFile} pairs each, with their newest
	 * change: one statement for the sitemap index however many files there are.
	 */
	public List<IndexedFile> pairFiles(int perProduct, int perFile) {
		return this.jdbc.sql("""
				select count(*) as urls, max(changed_at) as changed_at from (
				    select (row_number() over (order by product_id, rank) - 1) / :perFile as file, changed_at
				    from (%s) pairs) numbered
				group by file order by file
				""".formatted(PAIRS))
			.param("perProduct", perProduct)
			.param("perFile", perFile)
			.query(CatalogIndexQueries::file)
			.list();
	}

	public List<IndexedPair> pairs(int perProduct, int offset, int limit) {
		return this.jdbc
			.sql("select * from (" + PAIRS + ") pairs order by product_id, rank offset :offset limit :limit")
			.param("perProduct", perProduct)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new IndexedPair(rs.getString("first"), rs.getString("second"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The files of the three-way compare sitemap, {@code perFile} trios each.
	 */
	public List<IndexedFile> trioFiles(int perProduct, int perFile) {
		return this.jdbc.sql("""
				select count(*) as urls, max(changed_at) as changed_at from (
				    select (row_number() over (order by path) - 1) / :perFile as file, changed_at
				    from (%s) trios) numbered
				group by file order by file
				""".formatted(TRIOS))
			.param("perProduct", perProduct)
			.param("perFile", perFile)
			.query(CatalogIndexQueries::file)
			.list();
	}

	/**
	 * Three-way comparisons as canonical "a-vs-b-vs-c" paths, in path order.
	 */
	public List<Indexed> trios(int perProduct, int offset, int limit) {
		return this.jdbc.sql("select * from (" + TRIOS + ") trios order by path offset :offset limit :limit")
			.param("perProduct", perProduct)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Indexed(rs.getString("path"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The files of the product sitemap, /** The files of the product sitemap,
	 * {@code perFile} products each (in slug order, as {@link #products(int, int)} pages
	 * them), with their newest change.
	 */
	public List<IndexedFile> productFiles(int perFile) {
		return this.jdbc.sql("""
				select count(*) as urls, max(content_changed_at) as changed_at from (
				    select (row_number() over (order by slug) - 1) / :perFile as file, content_changed_at
				    from product where retired_at is null) numbered
				group by file order by file
				""").param("perFile", perFile).query(CatalogIndexQueries::file).list();
	}

	private static IndexedFile file(ResultSet rs, int row) throws SQLException {
		return new IndexedFile(rs.getInt("urls"), rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A page's key and when its content last changed.
	 */
	public record Indexed(String slug, Instant changedAt) {
	}

	/**
	 * One file of a split sitemap: how many entries it lists and the newest change among
	 * them.
	 */
	public record IndexedFile(int urls, Instant changedAt) {
	}

	/**
	 * A sector, when its ranking last changed, and how many live products it ranks.
	 */
	public record IndexedSector(String slug, Instant changedAt, int products) {
	}

	/**
	 * Two products worth comparing, in canonical order.
	 */
	public record IndexedPair(String first, String second, Instant changedAt) {
	}

}
