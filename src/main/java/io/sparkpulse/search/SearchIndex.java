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
	 * Ranks every match (names first, then {@code ts_rank_cd} over the weighted document,
	 * normalised to 0..1), counts them in the same pass, and highlights only the rows of
	 * the requested page.
	 */
	private static final String MATCHES = """
			select h.product_id, h.total,
			       search_highlight(h.name, search_query(:text), true) as name,
			       search_highlight(h.headline, search_query(:text), true) as headline,
			       search_highlight(h.themes, search_query(:text), true) as themes,
			       search_highlight(h.editorial, search_query(:text), false) as excerpt
			from (
			    select d.product_id, d.themes, d.editorial, p.name, p.headline,
			           ts_filter(d.document, '{a}') @@ search_query(:text) as name_hit,
			           ts_rank_cd(d.document, search_query(:text), 32) as rank,
			           count(*) over () as total
			    from product_search d
			    join product p on p.id = d.product_id and p.retired_at is null
			    where d.document @@ search_query(:text)
			    order by name_hit desc, rank desc, p.name, p.id
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
			join product p on (lower(p.name) % c.word or c.word <% lower(p.name)) and p.retired_at is null
			group by p.id, p.name
			order by max(greatest(similarity(lower(p.name), c.word), word_similarity(c.word, lower(p.name)))) desc, p.name
			limit :limit
			""";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Match> matches(String text, long offset, int limit) {
		return this.jdbc.sql(MATCHES)
			.param("text", text)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Match(rs.getLong("product_id"), rs.getInt("total"),
					Highlight.parse(rs.getString("name")), Highlight.parse(rs.getString("headline")),
					Highlight.parse(rs.getString("themes")), Highlight.parse(rs.getString("excerpt"))))
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
	 * @param total how many products match the query in all
	 */
	record Match(long productId, int total, Highlight name, Highlight headline, Highlight themes, Highlight excerpt) {
	}

}
