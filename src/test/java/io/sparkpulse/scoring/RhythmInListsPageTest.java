package io.sparkpulse.scoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists show the figures beside the score and order equal scores by them.
 */
@PageTest
class RhythmInListsPageTest {

	private static final Pattern RELEASES = Pattern.compile("(\\d+) releases? in 90 days");

	@Autowired
	MockMvc mvc;

	@Test
	void homeCardsShowRankAndRhythmAndEqualScoresAreOrderedByRecentReleases() throws Exception {
		Document home = Html.fetch(this.mvc, "/");
		List<Element> cards = home.select("#most-active article.card");
		assertThat(cards).hasSizeGreaterThan(3);
		assertThat(cards).allSatisfy((card) -> {
			assertThat(card.selectFirst(".rhythm .rank-in").text()).matches("#\\d+ of \\d+ in .+");
			assertThat(card.selectFirst(".rhythm .releases").text()).matches("\\d+ releases? in 90 days.*");
		});
		List<String> scores = cards.stream().map((card) -> card.selectFirst(".score").text()).toList();
		assertThat(scores.stream().filter((score) -> score.contains("5.0")).count())
			.as("the demo has ties at the cap to break")
			.isGreaterThan(1);
		for (int i = 1; i < cards.size(); i++) {
			if (scores.get(i).equals(scores.get(i - 1))) {
				assertThat(releases(cards.get(i))).isLessThanOrEqualTo(releases(cards.get(i - 1)));
			}
		}
	}

	@Test
	void theSectorRankingShowsReleaseFiguresAndItsOrderIsTheStoredRank() throws Exception {
		Document sector = Html.fetch(this.mvc, "/sectors/comms");
		assertThat(sector.select("table.ranking thead th").eachText()).contains("Releases · 90d",
				"Median days between releases", "Days since last release");
		List<Element> rows = sector.select("table.ranking tbody tr");
		assertThat(rows).hasSize(13);
		Element first = rows.get(0);
		String slug = first.selectFirst("th a").attr("href").replace("/products/", "");
		Document product = Html.fetch(this.mvc, "/products/" + slug);
		assertThat(product.select("dl.facts dd").eachText()).contains("#1 of 13 in Comms");
		Element second = rows.get(1);
		String secondSlug = second.selectFirst("th a").attr("href").replace("/products/", "");
		assertThat(Html.fetch(this.mvc, "/products/" + secondSlug).select("dl.facts dd").eachText())
			.contains("#2 of 13 in Comms");
	}

	@Test
	void alternativesShowTheFiguresBesideEachScore() throws Exception {
		Document page = Html.fetch(this.mvc, "/alternatives/synapse");
		assertThat(page.select("li.ranked-item")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.selectFirst(".rhythm .rank-in").text()).endsWith("of 13 in Comms"));
	}

	private static int releases(Element card) {
		Matcher matcher = RELEASES.matcher(card.selectFirst(".rhythm .releases").text());
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
