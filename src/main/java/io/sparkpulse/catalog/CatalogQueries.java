package io.sparkpulse.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads products and sectors for pages, one statement per question. Scores come from the
 * precomputed {@code product_score} table, which holds a row for every product (V33);
 * nothing here aggregates activity. Ranked lists order by {@link #RANKING}, the key of
 * {@code product_score_ranking_idx}, so that "the top six" is an index walk that stops
 * after a few rows however large the catalog.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

	/**
	 * Cadence and theme names are scalar look-ups by primary key rather than joins: the
	 * same rows, planned faster. Pages re-plan it on every call, and planning was a large
	 * share of the database's time in a crawl (figures in
	 * bench/results/figures-behind-settings-2026-11-27.md).
	 */
	private static final String PRODUCT_SELECT = """
			select p.id, p.slug, p.name, p.headline, p.summary, p.website_url, p.repository_url,
			       s.id as sector_id, s.slug as sector_slug, s.name as sector_name,
			       ps.score, ps.sparks_30d, ps.last_move_on,
			       ps.sector_rank, ps.sector_size, ps.releases_90d, ps.median_release_gap_days, ps.last_release_on,
			       ps.moves_365d, ps.computed_for,
			       coalesce((select pc.quiet from scoring_cadence pc where pc.product_id = p.id), false) as quiet,
			       array(select (select t.slug from theme t where t.id = pt.theme_id) from product_theme pt
			             where pt.product_id = p.id order by pt.rank) as themes
			from product p
			join sector s on s.id = p.sector_id
			join scoring_score ps on ps.product_id = p.id
			""";

	/** Sorts after every other character, to bound a range of names by a prefix. */
	private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

	/**
	 * The order of every ranked list, the key of
	 * {@code product_score_rhythm_ranking_idx}: score, then the release figures break
	 * ties (more releases in 90 days, a more recent release, a shorter usual gap), then
	 * the latest move. Stored sector ranks follow it too.
	 */
	public static final String RANKING_KEY = "ps.score desc, ps.releases_90d desc nulls last, ps.last_release_on desc nulls last,"
			+ " ps.median_release_gap_days asc nulls last, ps.last_move_on desc nulls last, ps.product_id";

	private static final String RANKING = " order by " + RANKING_KEY;

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
	 * A product as readers would see it, whether it is public yet or not: for an editor's
	 * preview.
	 */
	public Optional<ProductSummary> productForPreview(long id) {
		return this.jdbc.sql(PRODUCT_SELECT + " where p.id = :id")
			.param("id", id)
			.query(CatalogQueries::product)
			.optional();
	}

	/**
	 * The names of these products, by id, whatever their state.
	 */
	public Map<Long, String> productNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from product where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The products with these slugs that exist and are not retired, in no particular
	 * order.
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
	 * The live products named by any of these texts: a name equal to one of them ignoring
	 * case, or a slug equal to one of them. Served by the index on lower-case names and
	 * the unique slug index.
	 */
	public List<ProductSummary> productsNamed(Collection<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		String[] lower = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where (lower(p.name) collate "C" = any(:names) or p.slug = any(:names)) and p.retired_at is null
				""").param("names", lower).query(CatalogQueries::product).list();
	}

	/**
	 * Live products whose name starts with {@code prefix} (ignoring case), fastest
	 * shipping first among the first names in alphabetical order: a bounded walk of the
	 * index on lower-case names, whatever the size of the catalog.
	 */
	public List<NameSuggestion> namesStartingWith(String prefix, int limit) {
		String lower = prefix.toLowerCase(Locale.ROOT);
		return this.jdbc.sql("""
				select n.slug, n.name, n.sector_name from (
				    select p.slug, p.name, s.name as sector_name, ps.score, p.id
				    from product p
				    join sector s on s.id = p.sector_id
				    join scoring_score ps on ps.product_id = p.id
				    where lower(p.name) collate "C" >= :prefix and lower(p.name) collate "C" < :upper
				      and p.retired_at is null
				    order by lower(p.name) collate "C"
				    limit :scan) n
				order by n.score desc, n.name, n.id
				limit :limit
				""")
			.param("prefix", lower)
			.param("upper", lower + LAST_CHARACTER)
			.param("scan", limit * 20)
			.param("limit", limit)
			.query((rs, row) -> new NameSuggestion(rs.getString("slug"), rs.getString("name"),
					rs.getString("sector_name")))
			.list();
	}

	/**
	 * The {@code perSector} fastest shipping products of each of these sectors (by their
	 * stored rank), fastest first.
	 */
	public List<ProductSummary> topOfSectors(Collection<Long> sectorIds, int perSector) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where p.sector_id = any(:sectors) and p.retired_at is null and ps.sector_rank <= :perSector
				""" + RANKING)
			.param("sectors", sectorIds.toArray(Long[]::new))
			.param("perSector", perSector)
			.query(CatalogQueries::product)
			.list();
	}

	/**
	 * Products of the given sectors, fastest shipping first, leaving out
	 * {@code excludedIds}.
	 */
	public List<ProductSummary> rankedInSectors(Collection<Long> sectorIds, Collection<Long> excludedIds, int limit) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where p.sector_id = any(:sectors) and p.retired_at is null and not (p.id = any(:excluded))
				""" + RANKING + " limit :limit")
			.param("sectors", sectorIds.toArray(Long[]::new))
			.param("excluded", excludedIds.toArray(Long[]::new))
			.param("limit", limit)
			.query(CatalogQueries::product)
			.list();
	}

	/**
	 * One page of a sector's products, fastest shipping first: a walk of the ranking
	 * index from {@code offset}.
	 */
	public List<ProductSummary> rankedInSector(long sectorId, int offset, int limit) {
		return this.jdbc
			.sql(PRODUCT_SELECT + " where p.sector_id = :sector and p.retired_at is null" + RANKING
					+ " offset :offset limit :limit")
			.param("sector", sectorId)
			.param("offset", offset)
			.param("limit", limit)
			.query(CatalogQueries::product)
			.list();
	}

	/**
	 * Plans each later statement of this transaction once and reuses the plan, instead of
	 * planning it again for its parameters on every call, which PostgreSQL keeps doing
	 * for statements that take arrays, where it was about half of the compare page's
	 * look-up time. Only for transactions whose statements have been checked to keep
	 * their index walks in a plan made without the values.
	 */
	public void useOnePlanPerStatement() {
		this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
	}

	/**
	 * The fastest shipping products across all sectors.
	 */
	public List<ProductSummary> mostActive(int limit) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where p.retired_at is null
				""" + RANKING + " limit :limit").param("limit", limit).query(CatalogQueries::product).list();
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

	/**
	 * Which of these slugs name retired products: their public URLs answer 410 Gone
	 * rather than 404.
	 */
	public Set<String> retiredAmong(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select slug from product where slug = any(:slugs) and retired_at is not null and not draft")
			.param("slugs", slugs.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/**
	 * A product as editors edit it, retired or not.
	 */
	public Optional<EditableProduct> editableProduct(long id) {
		return EditableRows.product(this.jdbc, id);
	}

	/**
	 * The id of the product with this slug, retired or not.
	 */
	public Optional<Long> productIdOf(String slug) {
		return this.jdbc.sql("select id from product where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.optional();
	}

	public boolean productSlugExists(String slug) {
		return this.jdbc.sql("select exists (select 1 from product where slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	/**
	 * One page of every product, drafts and retired ones included, as the editors' list
	 * filters and sorts it.
	 */
	public List<ProductListing> productListing(ProductFilter filter, int offset, int limit) {
		return this.jdbc.sql("""
				select p.id, p.slug, p.name, s.name as sector_name, p.retired_at is not null as retired, p.draft,
				       ps.score, p.updated_at
				from product p join sector s on s.id = p.sector_id left join scoring_score ps on ps.product_id = p.id
				""" + PRODUCT_FILTER + " order by " + filter.sort().orderBy() + " offset :offset limit :limit")
			.paramSource(productFilterParams(filter).addValue("offset", offset).addValue("limit", limit))
			.query((rs, row) -> new ProductListing(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("sector_name"), rs.getBoolean("retired"), rs.getBoolean("draft"),
					rs.getBigDecimal("score"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public int productCount(ProductFilter filter) {
		return this.jdbc.sql("select count(*) from product p " + PRODUCT_FILTER)
			.paramSource(productFilterParams(filter))
			.query(Integer.class)
			.single();
	}

	private static final String PRODUCT_FILTER = """
			where (:search = '' or p.name ilike :pattern or p.slug ilike :pattern)
			  and (cast(:sectorId as bigint) is null or p.sector_id = :sectorId)
			  and (:status = 'ALL'
			       or (:status = 'PUBLISHED' and p.retired_at is null)
			       or (:status = 'DRAFT' and p.draft)
			       or (:status = 'RETIRED' and p.retired_at is not null and not p.draft))
			""";

	private static MapSqlParameterSource productFilterParams(ProductFilter filter) {
		return new MapSqlParameterSource().addValue("search", filter.search())
			.addValue("pattern", likePattern(filter.search()))
			.addValue("sectorId", filter.sectorId(), Types.BIGINT)
			.addValue("status", filter.status().name());
	}

	public List<EditableSector> editableSectors() {
		return EditableRows.sectors(this.jdbc);
	}

	public Optional<EditableSector> editableSector(long id) {
		return EditableRows.sector(this.jdbc, id);
	}

	public boolean sectorSlugExists(String slug) {
		return this.jdbc.sql("select exists (select 1 from sector where slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	public List<EditableTheme> editableThemes() {
		return EditableRows.themes(this.jdbc);
	}

	public Optional<EditableTheme> editableTheme(long id) {
		return EditableRows.theme(this.jdbc, id);
	}

	/**
	 * The theme with this slug, if any, other than {@code exceptId}.
	 */
	public boolean themeSlugExists(String slug, long exceptId) {
		return this.jdbc.sql("select exists (select 1 from theme where slug = :slug and id <> :except)")
			.param("slug", slug)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	private static String likePattern(String search) {
		return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
				rs.getObject("last_move_on", LocalDate.class), rs.getBoolean("quiet"), strings(rs.getArray("themes")),
				new ShipRhythm(rs.getObject("sector_rank", Integer.class), rs.getObject("sector_size", Integer.class),
						rs.getObject("releases_90d", Integer.class), rs.getBigDecimal("median_release_gap_days"),
						rs.getObject("last_release_on", LocalDate.class), rs.getObject("moves_365d", Integer.class),
						rs.getObject("last_move_on", LocalDate.class), rs.getObject("computed_for", LocalDate.class)));
	}

	static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
