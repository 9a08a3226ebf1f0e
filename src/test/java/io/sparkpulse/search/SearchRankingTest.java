package io.sparkpulse.search;

import java.util.List;

import io.sparkpulse.bench.SyntheticCatalogGenerator;
import io.sparkpulse.bench.SyntheticCatalogPlan;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.SchemaOfItsOwn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search on a synthetic catalog shaped like the benchmark's (in a schema of its own, so
 * the shared demo catalog stays untouched), with the bound on candidates set low so that
 * words of every frequency take each of the ways {@link SearchIndex} has to find the most
 * active matches: the walk along the ranking, the sort of a probe's matches, the long
 * walk. Each way must rank exactly what ranking every match says.
 */
@SpringBootTest
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingTest {

	private static final String SCHEMA = "search_ranking_" + ProcessHandle.current().pid();

	private static final int CANDIDATES = 20;

	/**
	 * Words of the synthetic themes, headlines and summaries: some in every document,
	 * some in a few.
	 */
	private static final List<String> WORDS = List.of("synthetic", "generated", "realtime", "edge", "vector",
			"streaming", "serverless", "embedded", "distributed", "incremental", "typed", "reactive", "declarative",
			"federated", "offline", "encrypted", "columnar", "local-first", "managed", "parallel", "portable", "sync",
			"search", "storage", "rendering", "queries", "builds", "messaging", "analytics", "auth", "caching",
			"compilation", "deployment", "tracing", "scheduling", "testing", "edge sync", "vector -sync",
			"\"vector storage\"", "columnar or federated");

	/**
	 * What the search promises, spelled out the slow way: every name match and the
	 * {@code candidates} most active matching products, ranked names first, then by
	 * {@code ts_rank_cd}, then by name.
	 */
	private static final String EVERY_MATCH_RANKED = """
			with query as (select search_query(:text) as words),
			named as (
			    select p.id from product p
			    where to_tsvector('english', p.name || ' ' || replace(p.slug, '-', ' ')) @@ (select words from query)
			      and p.retired_at is null
			), active as (
			    select p.id from product_score ps
			    join product p on p.id = ps.product_id and p.retired_at is null
			    join product_search d on d.product_id = p.id
			    where d.document @@ (select words from query)
			    order by %s
			    limit :candidates
			)
			select d.product_id
			from (select id from named union select id from active) c
			join product_search d on d.product_id = c.id
			join product p on p.id = c.id
			order by ts_filter(d.document, '{a}') @@ (select words from query) desc,
			         ts_rank_cd(d.document, (select words from query), 32) desc, p.name, p.id
			""".formatted(CatalogQueries.RANKING_KEY);

	@Autowired
	SyntheticCatalogGenerator generator;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void emptySchema(DynamicPropertyRegistry registry) {
		SchemaOfItsOwn.register(registry, SCHEMA);
		registry.add("sparkpulse.search.candidates", () -> CANDIDATES);
	}

	@BeforeAll
	void generate() {
		this.generator.generate(SyntheticCatalogPlan.of(2_000, 10_000, 14, FixedClock.NOW));
	}

	@AfterAll
	void dropSchema() {
		this.jdbc.sql("drop schema " + SCHEMA + " cascade").update();
	}

	@Test
	void everyWayToFindTheCandidatesRanksWhatRankingEveryMatchSays() {
		for (String words : WORDS) {
			List<SearchIndex.Match> matches = this.index.matches(words, 0, 10_000);
			List<Long> expected = this.jdbc.sql(EVERY_MATCH_RANKED)
				.param("text", words)
				.param("candidates", CANDIDATES)
				.query(Long.class)
				.list();
			assertThat(matches.stream().map(SearchIndex.Match::productId).toList()).as(words)
				.containsExactlyElementsOf(expected);
			int matching = count("select count(*) from product_search where document @@ search_query(:text)", words);
			if (!matches.isEmpty()) {
				assertThat(matches.get(0).total()).as(words).isEqualTo(expected.size());
				if (matching != CANDIDATES) {
					assertThat(matches.get(0).capped()).as(words).isEqualTo(matching > CANDIDATES);
				}
			}
		}
	}

	@Test
	void theWordsTakeEveryWay() {
		int probe = CANDIDATES * SearchIndex.PROBE_FACTOR;
		List<Way> ways = WORDS.stream().map((words) -> wayOf(words, probe)).toList();
		assertThat(ways).contains(Way.WALK, Way.FEW, Way.MANY);
	}

	@Test
	void aPageInTheMiddleIsThatSliceOfTheWholeRanking() {
		List<Long> all = this.index.matches("vector", 0, 10_000).stream().map(SearchIndex.Match::productId).toList();
		assertThat(this.index.matches("vector", 5, 7).stream().map(SearchIndex.Match::productId).toList())
			.containsExactlyElementsOf(all.subList(5, 12));
	}

	@Test
	void excerptsStartAtTheBeginningOfAWord() {
		for (String words : List.of("generated", "trajectory", "exercise sparkpulse")) {
			List<SearchIndex.Match> matches = this.index.matches(words, 0, 10_000);
			assertThat(matches).as(words).isNotEmpty();
			for (SearchIndex.Match match : matches) {
				String source = this.jdbc.sql("select editorial from product_search where product_id = :id")
					.param("id", match.productId())
					.query(String.class)
					.single();
				assertThat(match.excerpt().hasMatch()).as(words).isTrue();
				for (String fragment : match.excerpt().plain().split(Highlight.FRAGMENT_DELIMITER)) {
					int at = source.indexOf(fragment);
					assertThat(at).as(fragment).isNotNegative();
					assertThat(at == 0 || Character.isWhitespace(source.charAt(at - 1))).as(fragment).isTrue();
				}
			}
		}
	}

	/**
	 * The way {@link SearchIndex} takes for these words, worked out from the documents as
	 * its statement does.
	 */
	private Way wayOf(String words, int probe) {
		int sampled = count("select count(*) from (select 1 from product_search limit " + SearchIndex.SAMPLE + ") d",
				words);
		int inSample = count("select count(*) from (select document from product_search limit " + SearchIndex.SAMPLE
				+ ") d where d.document @@ search_query(:text)", words);
		int matching = count("select count(*) from product_search where document @@ search_query(:text)", words);
		if (inSample > 0 && inSample * SearchIndex.WALK_FACTOR >= sampled && count("""
				select count(*) from (
				    select ps.product_id from product_score ps order by %s limit %d
				) ps join product_search d on d.product_id = ps.product_id
				where d.document @@ search_query(:text)
				""".formatted(CatalogQueries.RANKING_KEY, CANDIDATES * SearchIndex.WALK_FACTOR), words) >= CANDIDATES) {
			return Way.WALK;
		}
		return (matching < probe) ? Way.FEW : Way.MANY;
	}

	private int count(String sql, String words) {
		return this.jdbc.sql(sql).param("text", words).query(Integer.class).single();
	}

	private enum Way {

		WALK, FEW, MANY

	}

}
