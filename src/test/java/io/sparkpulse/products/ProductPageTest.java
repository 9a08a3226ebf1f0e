package io.sparkpulse.products;

import java.util.List;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class ProductPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheFullTrajectoryWithScoreThemesAndLinks() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		assertThat(page.select("h1").eachText()).containsExactly("Synapse");
		assertThat(page.select("#trajectory h3").eachText()).containsExactly("Current state", "Where it's heading",
				"Prediction");
		assertThat(page.selectFirst(".facts").text()).contains("5.0", "formula v1",
				"matrix, federation, sliding-sync, security", "3d ago", "https://github.com/element-hq/synapse");
		assertThat(page.select("#alternatives article.card")).hasSize(ProductPageService.TOP_ALTERNATIVES);
		assertThat(page.select("#alternatives .card-links a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).matches("/compare/[a-z0-9-]+-vs-[a-z0-9-]+"));
	}

	@Test
	void theScoreExplainsItselfMoveByMove() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		assertThat(page.selectFirst("#score h2").text()).isEqualTo("Why Synapse scores 5.0");
		List<String> shares = page.select("#score .breakdown li").eachText();
		assertThat(shares.get(0))
			.isEqualTo("+2.0 from 1.154.0: MSC4452 preview-URL capabilities API (release, 8d ago)");
		assertThat(shares.get(1))
			.isEqualTo("+1.3 from 1.155.0rc1: federation queue and restricted-join fixes (release candidate, 3d ago)");
		assertThat(shares.get(shares.size() - 1)).matches("\\d+ smaller moves add (<)?0\\.\\d together\\.");
	}

	@Test
	void theScoreHistoryIsAChartWithATextAlternative() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		Element svg = page.selectFirst("#score figure svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).isEqualTo("Synapse: velocity score, weekly, last 12 months");
		assertThat(svg.selectFirst("desc").text()).startsWith("Weekly velocity score from");
		assertThat(svg.selectFirst("polyline").attr("points").split(" ")).hasSize(52);
		assertThat(page.select("#score table.history tbody tr")).hasSize(52);
		assertThat(page.select("#score table.history tbody tr").last().text()).isEqualTo("15 Jun 2026 5.0");
	}

	@Test
	void aProductAtZeroSaysWhatItShippedInTheLastYearAndWhen() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/session");
		assertThat(page.selectFirst("#score h2").text()).isEqualTo("Why Session scores 0.0");
		assertThat(page.selectFirst("#score").text()).doesNotContain("No ship move of the last 365 days");
		Element faded = page.selectFirst("#score p.faded-score");
		assertThat(faded.text()).matches("\\d+ moves in the last year, the latest on \\d{1,2} [A-Z][a-z]{2} 2026\\."
				+ " Each of them now adds less than 0\\.05 points, since points halve every 14 days: (<)?0\\.\\d together,"
				+ " so the score is 0\\.0\\.");
		assertThat(faded.selectFirst("time").attr("datetime")).matches("2026-\\d{2}-\\d{2}");
		assertThat(page.select("dl.facts dt").eachText()).contains("Rank in sector", "Release rhythm");
		assertThat(page.select("dl.facts dd").eachText())
			.anySatisfy((dd) -> assertThat(dd).matches("#\\d+ of 13 in Comms"));
	}

	@Test
	void theChartsLastMonthLabelStaysInsideTheDrawing() throws Exception {
		Element svg = Html.fetch(this.mvc, "/products/synapse").selectFirst("#score svg.score-chart");
		Element last = svg.select("g.axis text").last();
		double x = Double.parseDouble(last.attr("x"));
		double halfWidth = last.text().length() * 15 * 0.62 / 2;
		double right = "end".equals(last.attr("text-anchor")) ? x : x + halfWidth;
		assertThat(right).isLessThanOrEqualTo(400);
		assertThat(svg.select("g.axis text").eachText())
			.allSatisfy((month) -> assertThat(month).matches("[A-Z][a-z]{2} '2[56]"));
	}

	@Test
	void earlierEditorialRevisionsAreListed() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/session");
		assertThat(page.selectFirst("#trajectory .meta").text()).startsWith("Revision 2 by Sparkpulse editors");
		assertThat(page.select("#trajectory details li")).hasSize(1);
		assertThat(page.selectFirst("#trajectory details li").text()).contains("Revision 1", "27 Nov 2025");
	}

	@Test
	void theTimelineIsNewestFirstAndPaginated() throws Exception {
		Document first = Html.fetch(this.mvc, "/products/synapse");
		List<Element> rows = first.select("#timeline ol.timeline > li");
		assertThat(rows).hasSize(ProductPageService.PAGE_SIZE);
		assertThat(rows.stream().map((row) -> row.selectFirst("time").attr("datetime")).toList())
			.isSortedAccordingTo((x, y) -> y.compareTo(x));
		assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/products/synapse?page=2");

		Document second = Html.fetch(this.mvc, "/products/synapse?page=2");
		assertThat(second.select("#timeline ol.timeline > li")).hasSize(3);
		assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/products/synapse");
		assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith("/products/synapse?page=2");
	}

	@Test
	void aPageBeyondTheTimelineIsNotFoundAndAMalformedOneIsABadRequest() throws Exception {
		this.mvc.perform(get("/products/synapse?page=9").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/products/synapse?page=0").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/products/synapse?page=abc").accept("text/html")).andExpect(status().isBadRequest());
	}

	@Test
	void unknownProductsAreNotFoundAndUpperCaseSlugsMoveToLowerCase() throws Exception {
		this.mvc.perform(get("/products/nope").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/products/Synapse"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/products/synapse"));
	}

}
