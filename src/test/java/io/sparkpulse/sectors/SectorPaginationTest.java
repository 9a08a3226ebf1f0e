package io.sparkpulse.sectors;

import java.util.List;

import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sector's ranking a page at a time: each page under one URL, said by its canonical
 * link and listed in the sitemap. Tests that write roll back.
 */
@PageTest
class SectorPaginationTest {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogCommands commands;

	@Autowired
	CatalogQueries catalog;

	@Test
	@Transactional
	void aLongRankingIsPagedWithOneUrlPerPage() throws Exception {
		long comms = this.catalog.sector("comms").orElseThrow().id();
		int before = this.catalog.sector("comms").orElseThrow().productCount();
		for (int i = 0; i < 60 - before; i++) {
			this.commands.createProduct(new NewProduct("paging-test-" + i, "Paging test " + i, comms,
					"A product that fills the ranking", "", null, null, List.of()));
		}

		Document first = Html.fetch(this.mvc, "/sectors/comms");
		assertThat(first.select("table.ranking tbody tr")).hasSize(50);
		assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/sectors/comms");
		assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/sectors/comms?page=2");
		assertThat(first.select("#top-comparisons .compare-links a")).isNotEmpty();

		Document second = Html.fetch(this.mvc, "/sectors/comms?page=2");
		assertThat(second.select("table.ranking tbody tr")).hasSize(10);
		assertThat(second.selectFirst("table.ranking tbody tr td").text()).isEqualTo("51");
		assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/sectors/comms?page=2");
		assertThat(second.selectFirst("h1").text()).endsWith("(page 2)");
		assertThat(second.selectFirst("title").text()).isNotEqualTo(first.selectFirst("title").text());
		assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/sectors/comms");
		assertThat(second.select("#top-comparisons")).isEmpty();

		this.mvc.perform(get("/sectors/comms?page=1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sectors/comms"));
		this.mvc.perform(get("/sectors/Comms?page=2"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sectors/comms?page=2"));
		this.mvc.perform(get("/sectors/comms?page=3").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sectors/comms?page=0").accept("text/html")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/sectors/comms?page=two").accept("text/html")).andExpect(status().isBadRequest());

		String sitemap = this.mvc.perform(get("/sitemaps/pages.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sitemap).contains("<loc>" + BASE + "/sectors/comms</loc>")
			.contains("<loc>" + BASE + "/sectors/comms?page=2</loc>")
			.doesNotContain("/sectors/comms?page=3")
			.doesNotContain("/sectors/databases?page=2");
	}

}
