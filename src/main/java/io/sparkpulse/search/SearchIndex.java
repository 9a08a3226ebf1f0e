package io.sparkpulse.search;

import java.util.List;

import io.sparkpulse.catalog.CatalogQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Queries the {@code product_search} documents (kept current by triggers, see
 * {@code V5__search.sql}). Retired products are left out here, in the same statement, so
 * no later step can forget them.
 */
@Repository
class SearchIndex {

	/**
	 * Ranks a bounded set of candidates (names first, then {@code ts_rank_cd} over the
	 * weighted document, normalised to 0..1) and highlights only the rows of the
	 * requested page. The candidates are every product whose name matches (from the name
	 * index, at most {@link SearchProperties#candidates()} of them) and that many most
	 * active products whose document matches, most active as every ranked list orders
	 * them ({@link CatalogQueries#RANKING_KEY}); when fewer match, that is every match
	 * and the ranking is exact.
	 * <p>
	 * The most active matches are found in whichever way reads fewest rows for the words.
	 * Each way is guarded by a test made as the statement runs, not by the planner's
	 * guess, so one plan serves every query:
	 * <ol>
	 * <li>{@code walk}: when at least one of {@link #WALK_FACTOR} of the first
	 * {@link #SAMPLE} stored documents (a few pages) matches, the ranking's first
	 * {@code candidates × WALK_FACTOR} products are tested in order, stopping at the last
	 * candidate. A common word needs a few rows a candidate this way, where the text
	 * index lists every match before the first is read.</li>
	 * <li>Otherwise, or when that walk finds too few, a {@code probe} reads up to
	 * {@code candidates × PROBE_FACTOR} matches from the text index; if that is all of
	 * them, they are sorted by activity ({@code few}).</li>
	 * <li>Otherwise ({@code many}) the whole ranking is walked until enough match.</li>
	 * </ol>
	 * The candidates are ranked as narrow rows (id, name, rank); the texts to highlight
	 * are read for the requested page only.
	 * <p>
	 * A document is tested by a subquery per ranked product rather than a join: joined,
	 * the planner guessed how many match, and a guess too low (a table not analysed yet,
	 * a plan for any words) sorted every match of a common word instead of stopping
	 * early. {@code capped} says more products match than were ranked.
	 */
	private static final String MATCHES = """
			with query as materialized (
			    select search_query(:text) as words
			), named as (
			    select p.id, p.name, p.headline
			    from catalog_product p
			    where to_tsvector('english', p.name || ' ' || replace(p.slug, '-', ' ')) @@ (select words from query)
			      and p.retired_at is null
			    limit :candidates
			), sample as materialized (
			    select count(*) as sampled, count(*) filter (where d.document @@ (select words from query)) as matching
			    from (select document from product_search limit :sample) d
			), walk as materialized (
			    select p.id, p.name, p.headline
			    from (select ps.* from scoring_score ps order by %1$s limit :walk) ps
			    join catalog_product p on p.id = ps.product_id and p.retired_at is null
			    where (select matching > 0 and matching * :walkFactor >= sampled from sample)
			      and (select d.document @@ (select words from query) from product_search d where d.product_id = ps.product_id)
			    order by %1$s
			    limit :candidates
			), probe as materialized (
			    select d.product_id from product_search d
			    where (select count(*) from walk) < :candidates
			      and d.document @@ (select words from query)
			    limit :probe
			), few as (
			    select p.id, p.name, p.headline
			    from probe m
			    join scoring_score ps on ps.product_id = m.product_id
			    join catalog_product p on p.id = m.product_id and p.retired_at is null
			    where (select count(*) from walk) < :candidates and (select count(*) from probe) < :probe
			    order by %1$s
			    limit :candidates
			), many as (
			    select p.id, p.name, p.headline
			    from scoring_score ps
			    join catalog_product p on p.id = ps.product_id and p.retired_at is null
			    where (select count(*) from walk) < :candidates and (select count(*) from probe) >= :probe
			      and (select d.document @@ (select words from query) from product_search d where d.product_id = ps.product_id)
			    order by %1$s
			    limit :candidates
			), active as materialized (
			    select id, name, headline from walk where (select count(*) from walk) >= :candidates
			    union all select id, name, headline from few
			    union all select id, name, headline from many
			), candidates as materialized (
			    select id, name, headline from named union select id, name, headline from active
			)
			select h.id as product_id, h.total, h.capped, d.editorial as source,
			       search_highlight(h.name, (select words from query), true) as name,
			       search_highlight(h.headline, (select words from query), true) as headline,
			       search_highlight(d.themes, (select words from query), true) as themes,
			       search_highlight(d.editorial, (select words from query), false) as excerpt
			from (
			    select c.id, c.name, c.headline, r.name_hit, r.rank,
			           count(*) over () as total,
			           (select count(*) from active) >= :candidates as capped
			    from candidates c
			    cross join lateral (
			        select ts_filter(d.document, '{a}') @@ (select words from query) as name_hit,
			               ts_rank_cd(d.document, (select words from query), 32) as rank
			        from product_search d where d.product_id = c.id
			    ) r
			    order by r.name_hit desc, r.rank desc, c.name, c.id
			    offset :offset limit :limit
			) h
			join product_search d on d.product_id = h.id
			order by h.name_hit desc, h.rank desc, h.name, h.id
			"""
		.formatted(CatalogQueries.RANKING_KEY);

	/**
	 * Names close to the query or to one of its words ({@code %}: whole-name similarity,
	 * {@code <%}: the word is close to a word of the name, "loky" → Grafana Loki), both
	 * served by the trigram index.
	 */
	private static final String SIMILAR_NAMES = """
			select p.id
			from unnest(:candidates) as c(word)
			join catalog_product p on (lower(p.name) % c.word or c.word <% lower(p.name)) and p.retired_at is null
			group by p.id, p.name
			order by max(greatest(similarity(lower(p.name), c.word), word_similarity(c.word, lower(p.name)))) desc, p.name
			limit :limit
			""";

	private final JdbcClient jdbc;

	/**
	 * How many matches the probe reads, per candidate: about where reading every match
	 * costs as much as walking the ranking, on a catalog of 100,000 products.
	 */
	static final int PROBE_FACTOR = 10;

	/**
	 * How many of the ranking's products the first walk tests, per candidate; it is taken
	 * for words in at least one document of this many, where it usually finds every
	 * candidate.
	 */
	static final int WALK_FACTOR = 5;

	/**
	 * How many documents, in the order they are stored, tell a common word from a rarer
	 * one: a few pages, read in a fraction of what one index probe of a common word
	 * costs.
	 */
	static final int SAMPLE = 200;

	private final String matches;

	SearchIndex(JdbcClient jdbc, SearchProperties properties) {
		this.jdbc = jdbc;
		this.matches = MATCHES.replace(":candidates", Integer.toString(properties.candidates()))
			.replace(":probe", Integer.toString(properties.candidates() * PROBE_FACTOR))
			.replace(":walkFactor", Integer.toString(WALK_FACTOR))
			.replace(":walk", Integer.toString(properties.candidates() * WALK_FACTOR))
			.replace(":sample", Integer.toString(SAMPLE));
	}

	/**
	 * Lets each later statement of this transaction keep one plan for any words, once its
	 * prepared statement is reused: the search's plan does not depend on the words (every
	 * way to find the candidates is chosen as it runs), and planning it afresh cost about
	 * a third of a common word's search.
	 */
	void planOnceForAnyWords() {
		this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
	}

	List<Match> matches(String text, long offset, int limit) {
		return this.jdbc.sql(this.matches)
			.param("text", text)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Match(rs.getLong("product_id"), rs.getInt("total"), rs.getBoolean("capped"),
					Highlight.parse(rs.getString("name")), Highlight.parse(rs.getString("headline")),
					Highlight.parse(rs.getString("themes")),
					Highlight.excerpt(rs.getString("excerpt"), rs.getString("source"))))
			.list();
	}

	List<Long> similarNames(List<String> candidates, int limit) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SIMILAR_NAMES)
			.param("candidates", candidates.toArray(String[]::new))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * One matching product on the requested page, with its texts highlighted.
	 *
	 * @param total how many products were ranked: all that match, unless {@code capped}
	 * @param capped whether more products match than were ranked
	 */
	record Match(long productId, int total, boolean capped, Highlight name, Highlight headline, Highlight themes,
			Highlight excerpt) {
	}

}
