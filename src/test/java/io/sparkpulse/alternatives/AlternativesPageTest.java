package io.sparkpulse.alternatives;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class AlternativesPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryOtherProductOfTheSectorRankedByVelocityOnRequestWithHeadlines() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/session?sort=velocity");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Best Session alternatives");
		List<Element> items = page.select("ol.ranked > li");
		assertThat(items).hasSize(12);
		assertThat(items).extracting((li) -> li.selectFirst(".rank").text()).startsWith("#1", "#2", "#3");
		List<Double> scores = items.stream()
			.map((li) -> Double.valueOf(li.selectFirst(".score span:not(.visually-hidden)").text()))
			.toList();
		assertThat(scores).isSortedAccordingTo((x, y) -> Double.compare(y, x));
		assertThat(items).allSatisfy((li) -> {
			assertThat(li.select("p").first().text()).isNotBlank();
			assertThat(li.selectFirst(".reason").text()).startsWith("Why it's an alternative:");
			assertThat(li.select("a[href^=/compare/]")).hasSize(1);
		});
		assertThat(page.text()).doesNotContain("#13");
	}

	@Test
	void sharedThemesExplainWhyAProductIsAnAlternative() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/synapse");
		Element element = page.select("ol.ranked > li")
			.stream()
			.filter((li) -> li.selectFirst(".ranked-name").text().equals("Element"))
			.findFirst()
			.orElseThrow();
		assertThat(element.selectFirst(".reason").text()).contains("shares", "matrix");
		assertThat(element.selectFirst("a[href^=/compare/]").attr("href")).isEqualTo("/compare/element-vs-synapse");
	}

	@Test
	void anUnknownProductHasNoAlternativesPage() throws Exception {
		this.mvc.perform(get("/alternatives/unknown-product").accept("text/html")).andExpect(status().isNotFound());
	}

}
