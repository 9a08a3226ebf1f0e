package io.sparkpulse.home;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class SitePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageListsSectorsMostActiveProductsAndSparks() throws Exception {
		Document page = Html.fetch(this.mvc, "/");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("#sectors li")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(page.select("#sectors a").eachText()).contains("Comms", "Databases");
		assertThat(page.select("#most-active article.card")).hasSize(HomePageService.MOST_ACTIVE);
		assertThat(page.select("#sparks li .spark")).hasSize(HomePageService.SPARKS);
		assertThat(page.selectFirst("meta[name=description]").attr("content"))
			.matches("Sparkpulse tracks how fast \\d+ tech products across \\d+ sectors ship.*");
	}

	@Test
	void assetsAreLinkedByContentHashAndCachedForAYear() throws Exception {
		Document page = Html.fetch(this.mvc, "/");
		String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/assets/css/site-[0-9a-f]{32}\\.css");
		assertThat(page.selectFirst("link[rel=icon]").attr("href")).matches("/assets/favicon-[0-9a-f]{32}\\.svg");
		this.mvc.perform(get(stylesheet))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")));
		this.mvc.perform(get("/css/site.css").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void aSectorPageRanksItsProductsWithScoreAndLastMove() throws Exception {
		Document page = Html.fetch(this.mvc, "/sectors/comms");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Comms products ranked by velocity");
		assertThat(page.select("table.ranking tbody tr")).hasSize(13);
		assertThat(page.select("table.ranking tbody tr").last().select("td").eachText())
			.contains("Velocity score 0.0 of 5");
		Html.fetch(this.mvc, "/sectors");
		this.mvc.perform(get("/sectors/nope").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void theMethodologyPageShowsTheFormulaAndItsVersion() throws Exception {
		Document page = Html.fetch(this.mvc, "/methodology");
		assertThat(page.selectFirst(".formula").text()).isEqualTo("score = min(5.0, Σ w(kind) × 2^(−age_days ∕ 14))");
		assertThat(page.text()).contains("version 1");
		assertThat(page.select("table.weights tbody tr")).hasSize(5);
	}

	@Test
	void theMethodologyPageExplainsTheFiguresBesideTheScore() throws Exception {
		Document page = Html.fetch(this.mvc, "/methodology");
		assertThat(page.select("#cadence dt").eachText()).containsExactly("Rank in its sector (\"#2 of 13 in Comms\")",
				"Releases in the last 90 days", "Median days between releases", "Days since the last release",
				"Moves in the last year");
		assertThat(page.selectFirst("#cadence dd").text())
			.contains("equal scores are ordered by releases in the last 90 days");
		assertThat(page.select("#cadence dd").get(1).text()).startsWith("How many releases and security releases");
	}

}
