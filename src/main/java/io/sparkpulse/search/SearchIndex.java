package io.sparkpulse.search;

import java.util.List;

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
	 * active products whose document matches; when fewer match, that is every match and
	 * the ranking is exact.
	 * <p>
	 * Finding the most active matches takes one of two ways, whichever reads fewer rows:
	 * a probe reads up to {@code sqrt(candidates × documents)} matches from the text
	 * index; if that is all of them they are sorted by activity, otherwise the word is
	 * common and the velocity ranking is walked, testing each document, until enough
	 * match (a word in one document of ten needs ten rows a candidate). Either way no
	 * search reads more than about twice that many rows, where ranking every match read
	 * the whole catalog for a common word. {@code capped} says more products match than
	 * were ranked.
	 */
	private static final String MATCHES = """
			with named as (
			    select p.id, p.name, p.headline
			    from catalog_product p
			    where to_tsvector('english', p.name || ' ' || replace(p.slug, '-', ' ')) @@ search_query(:text)
			      and p.retired_at is null
			    limit :candidates
			), probe as materialized (
			    select d.product_id from product_search d
			    where d.document @@ search_query(:text)
			    limit :probe
			), few as (
			    select p.id, p.name, p.headline
			    from probe m
			    join scoring_score ps on ps.product_id = m.product_id
			    join catalog_product p on p.id = m.product_id and p.retired_at is null
			    where (select count(*) from probe) < :probe
			    order by ps.score desc, ps.last_move_on desc nulls last, ps.product_id
			    limit :candidates
			), many as (
			    select p.id, p.name, p.headline
			    from scoring_score ps
			    join product_search d on d.product_id = ps.product_id
			    join catalog_product p on p.id = ps.product_id and p.retired_at is null
			    where (select count(*) from probe) >= :probe
			      and (d.document @@ search_query(:text)) is true
			    order by ps.score desc, ps.last_move_on desc nulls last, ps.product_id
			    limit :candidates
			), active as materialized (
			    select id, name, headline from few union all select id, name, headline from many
			), candidates as materialized (
			    select id, name, headline from named union select id, name, headline from active
			)
			select h.product_id, h.total, h.capped, h.editorial as source,
			       search_highlight(h.name, search_query(:text), true) as name,
			       search_highlight(h.headline, search_query(:text), true) as headline,
			       search_highlight(h.themes, search_query(:text), true) as themes,
			       search_highlight(h.editorial, search_query(:text), false) as excerpt
			from (
			    select d.product_id, d.themes, d.editorial, c.name, c.headline,
			           ts_filter(d.document, '{a}') @@ search_query(:text) as name_hit,
			           ts_rank_cd(d.document, search_query(:text), 32) as rank,
			           count(*) over () as total,
			           (select count(*) from active) >= :candidates as capped
			    from candidates c
			    join product_search d on d.product_id = c.id
			    order by name_hit desc, rank desc, c.name, c.id
			    offset :offset limit :limit
			) h
			order by h.name_hit desc, h.rank desc, h.name, h.product_id
			""";

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

	private final String matches;

	SearchIndex(JdbcClient jdbc, SearchProperties properties) {
		this.jdbc = jdbc;
		this.matches = MATCHES.replace(":candidates", Integer.toString(properties.candidates()))
			.replace(":probe", Integer.toString(properties.candidates() * PROBE_FACTOR));
	}

	/**
	 * Plans each later statement of this transaction for its own values: a plan made once
	 * for any words (as prepared statements come to be) cannot know whether they are
	 * common, and picked a sort of every match, 0.6 s for a common word on 100,000
	 * products, instead of the walk.
	 */
	void planForTheseWords() {
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
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
