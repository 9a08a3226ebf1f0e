package io.sparkpulse.search;

import java.util.List;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search ranks a bounded set of candidates: with the bound set low on the demo catalog,
 * a word many products contain ranks the most active of them (and every name match), and
 * says that more match.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.search.candidates=20")
class BoundedSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommonWordRanksTheMostActiveMatchesAndSaysMoreMatch() throws Exception {
		int matching = this.jdbc.sql("select count(*) from product_search where document @@ search_query('release')")
			.query(Integer.class)
			.single();
		assertThat(matching).isGreaterThan(20);

		Document page = Html.fetch(this.mvc, "/search?q=release");
		assertThat(page.selectFirst("#results-count").text()).startsWith("More than 20 products match");
		List<String> shown = page.select("ol.results h2 a").eachAttr("href");
		assertThat(shown).hasSize(20);
		List<String> mostActiveMatching = this.jdbc.sql("""
				select p.slug from product_score ps join product p on p.id = ps.product_id
				join product_search d on d.product_id = p.id
				where d.document @@ search_query('release') and p.retired_at is null
				order by %s limit 20
				""".formatted(CatalogQueries.RANKING_KEY)).query(String.class).list();
		assertThat(shown).containsExactlyInAnyOrderElementsOf(
				mostActiveMatching.stream().map((slug) -> "/products/" + slug).toList());
		this.mvc.perform(get("/search?q=release&page=2").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void aWordFewerProductsContainIsRankedInFull() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=synapse");
		assertThat(page.selectFirst("#results-count").text()).startsWith("3 products match");
		ProductSummary synapse = this.catalog.product("synapse").orElseThrow();
		assertThat(page.selectFirst("ol.results h2 a").attr("href")).isEqualTo("/products/" + synapse.slug());
	}

}
