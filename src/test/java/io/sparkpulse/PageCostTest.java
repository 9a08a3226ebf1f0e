package io.sparkpulse;

import java.util.List;

import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type costs a fixed, small number of SQL statements, whatever the product and
 * however much history it has: a busy product and a quiet one cost the same (no N+1
 * anywhere).
 */
@PageTest
class PageCostTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	/**
	 * Pages that link comparisons (a pair's three-way extension, a sector's top
	 * comparisons, home's comparisons across sectors) read the closest alternatives of a
	 * bounded few products, one statement each here, where the page cache is off; with it
	 * on they come from memory and cost nothing ({@code ComparisonLinksMemoryTest}).
	 */
	@ParameterizedTest(name = "{0} and {1} cost the same, at most {2} statements")
	@CsvSource({ "/products/synapse, /products/dendrite, 8", "/products/firefox?page=2, /products/session, 8",
			"/alternatives/synapse, /alternatives/duckdb, 3",
			"/compare/session-vs-synapse, /compare/duckdb-vs-firefox, 10",
			"/compare/element-vs-session-vs-synapse, /compare/duckdb-vs-firefox-vs-grafana-vs-react, 10",
			"/sectors/comms, /sectors/databases, 10", "/, /sectors, 12",
			"/products/synapse/feed.atom, /products/session/feed.atom, 3" })
	void pagesCostAFixedNumberOfStatements(String first, String second, int budget) throws Exception {
		int firstCost = cost(first);
		int secondCost = cost(second);
		assertThat(List.of(firstCost, secondCost)).allSatisfy((cost) -> assertThat(cost).isLessThanOrEqualTo(budget));
		if (first.startsWith("/products/") || first.startsWith("/alternatives/") || first.startsWith("/compare/")) {
			assertThat(secondCost).isEqualTo(firstCost);
		}
	}

	private int cost(String path) throws Exception {
		this.statements.reset();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		return this.statements.count();
	}

}
