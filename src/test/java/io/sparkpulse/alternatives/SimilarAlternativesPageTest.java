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

/**
 * Alternatives are ranked by what they have in common with the product, and each says
 * what it shares.
 */
@PageTest
class SimilarAlternativesPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theOtherMatrixHomeserverLeadsSynapsesAlternativesAndSaysWhatItShares() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/synapse");
		List<Element> items = page.select("ol.ranked > li");
		assertThat(items.get(0).selectFirst(".ranked-name").text()).isEqualTo("Dendrite");
		assertThat(items.get(0).selectFirst(".reason").text())
			.startsWith("Why it's an alternative: also a Matrix homeserver; shares matrix, federation");
		assertThat(items.get(1).selectFirst(".ranked-name").text()).isEqualTo("Element");
		assertThat(items).allSatisfy((li) -> assertThat(li.selectFirst(".reason").text()).doesNotContain("different"));
		assertThat(page.selectFirst(".sort-by").text()).startsWith("Ordered by similarity");
	}

	@Test
	void sessionsAlternativesAreMessengersBeforeAnythingElse() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/session");
		List<String> names = page.select("ol.ranked .ranked-name").eachText();
		assertThat(names.subList(0, 5)).containsExactlyInAnyOrder("SimpleX Chat", "Signal", "Delta Chat", "Element",
				"Threema");
		assertThat(names.indexOf("Jitsi Meet")).isGreaterThan(4);
		assertThat(page.select("ol.ranked .reason").eachText().subList(0, 5))
			.allSatisfy((reason) -> assertThat(reason).contains("also a messenger"));
	}

	@Test
	void velocityOrderIsOfferedWithoutChangingTheCanonicalAddress() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/synapse?sort=velocity");
		List<Double> scores = page.select("ol.ranked > li")
			.stream()
			.map((li) -> Double.valueOf(li.selectFirst(".score span:not(.visually-hidden)").text()))
			.toList();
		assertThat(scores).isSortedAccordingTo((x, y) -> Double.compare(y, x));
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/alternatives/synapse");
		assertThat(page.selectFirst(".sort-by a").attr("href")).isEqualTo("/alternatives/synapse");
		assertThat(Html.fetch(this.mvc, "/alternatives/synapse").selectFirst(".sort-by a").attr("href"))
			.isEqualTo("/alternatives/synapse?sort=velocity");
	}

	@Test
	void aComparePagesAlternativesAreThoseClosestToThePair() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/dendrite-vs-synapse");
		List<Element> cards = page.select("#alternatives article.card");
		assertThat(cards.get(0).selectFirst(".card-title").text()).isEqualTo("Element");
		assertThat(cards.get(0).selectFirst(".card-reason").text())
			.startsWith("Why: shares sliding-sync, matrix, federation");
		assertThat(cards).noneMatch((card) -> card.selectFirst(".card-title").text().equals("Jitsi Meet"));
	}

	@Test
	void theProductPageListsItsClosestAlternativesFirst() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		assertThat(page.selectFirst("#alternatives article.card .card-title").text()).isEqualTo("Dendrite");
	}

}
