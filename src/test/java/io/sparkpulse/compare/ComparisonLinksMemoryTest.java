package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.alternatives.AlternativesService;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the page cache on (as in production): comparison links cost no statement once the
 * rankings are in memory, and name suggestions are answered from memory with the caching
 * headers of pages.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class ComparisonLinksMemoryTest {

	@Autowired
	ComparisonLinks links;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	AlternativesService alternatives;

	@Autowired
	StatementCounter statements;

	@Autowired
	MockMvc mvc;

	@Test
	void comparisonLinksComeFromMemoryOnceTheRankingsAreThere() {
		ProductSummary synapse = this.catalog.product("synapse").orElseThrow();
		List<ProductSummary> pair = List.of(synapse, this.alternatives.top(synapse, 1).get(0).product());
		List<ProductSummary> comms = this.catalog.rankedInSector(pair.get(0).sector().id(), 0, 4);
		this.links.extension(pair);
		this.links.among(comms, 6);
		this.statements.reset();
		assertThat(this.links.extension(pair)).isPresent();
		assertThat(this.links.among(comms, 6)).isNotEmpty();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void suggestionsAreCachedLikePages() throws Exception {
		this.mvc.perform(get("/search/suggestions").param("q", "syn"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
			.andExpect(header().exists("ETag"));
		this.statements.reset();
		String again = this.mvc.perform(get("/search/suggestions").param("q", "syn"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Synapse");
		assertThat(this.statements.count()).isZero();
	}

}
