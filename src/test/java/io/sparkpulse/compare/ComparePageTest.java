package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
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
class ComparePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Test
	void theTitleIntroAndBreadcrumbNameBothProducts() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Session vs Synapse");
		assertThat(page.selectFirst(".eyebrow").text()).isEqualTo("Comparison · Comms");
		assertThat(page.selectFirst(".lede").text())
			.startsWith("A side-by-side editorial comparison of Session and Synapse");
		assertThat(page.select("nav.crumbs a").first().attr("href")).isEqualTo("/");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/compare/session-vs-synapse");
		assertThat(page.title()).startsWith("Session vs Synapse");
	}

	@Test
	void atAGlanceShowsTheSeedFigures() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		Element table = page.selectFirst("#at-a-glance table");
		assertThat(cells(table, "th[scope=col]")).containsExactly("Feature", "Session", "Synapse");
		assertThat(row(table, "Sector")).containsExactly("Comms", "Comms");
		assertThat(row(table, "Velocity score")).containsExactly("Velocity score 0.0 of 5", "Velocity score 5.0 of 5");
		assertThat(row(table, "Sparks · 30d")).containsExactly("0", "0");
		assertThat(row(table, "Top themes")).containsExactly(
				"decentralized-messaging, funding-crisis, post-quantum-cryptography, paid-tier",
				"matrix, federation, sliding-sync, security");
		assertThat(row(table, "Last editorial update")).containsExactly("11 May 2026", "3d ago");
		assertThat(rowOf(table, "Last editorial update").select("time").eachAttr("datetime"))
			.containsExactly("2026-05-11T12:00:00Z", "2026-06-12T12:00:00Z");
		assertThat(rowOf(table, "Website").select("a").eachAttr("href")).containsExactly("https://getsession.org",
				"https://element-hq.github.io/synapse/");
	}

	@Test
	void whatIsEachProductLinksToItsFullTrajectory() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(page.select("section.what-is h2").eachText()).containsExactly("What is Session?",
				"What is Synapse?");
		assertThat(page.select("section.what-is a").eachAttr("href")).containsExactly("/products/session",
				"/products/synapse");
		assertThat(page.select("section.what-is p.headline").eachText())
			.allSatisfy((text) -> assertThat(text).isNotBlank());
	}

	@Test
	void theEditorialSideBySideHasAllThreeSectionsForBoth() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(page.select("#editorial article h3").eachText()).containsExactly("Session", "Synapse");
		for (Element article : page.select("#editorial article")) {
			assertThat(article.select("h4").eachText()).containsExactly("◆ Current state", "◆ Where it's heading",
					"◆ Prediction");
			assertThat(article.select("h4 + .prose")).hasSize(3)
				.allSatisfy((p) -> assertThat(p.text()).hasSizeGreaterThan(40));
		}
		assertThat(page.selectFirst("#editorial").text()).contains("Chris McCabe", "Sliding Sync");
	}

	@Test
	void alternativesAreOtherCommsProductsWithHeadToHeadLinksAndWhatTheyShare() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<Element> cards = page.select("#alternatives article.card");
		assertThat(cards).hasSize(ComparePageService.ALTERNATIVES);
		assertThat(cards).allSatisfy((card) -> {
			assertThat(card.selectFirst(".card-reason").text()).startsWith("Why: also");
			assertThat(card.selectFirst(".card-sector").text()).startsWith("Comms");
			assertThat(card.select(".card-links a").eachAttr("href")).hasSize(2)
				.allSatisfy((href) -> assertThat(href).startsWith("/compare/"));
			assertThat(card.selectFirst(".card-title a").attr("href")).startsWith("/products/");
		});
		assertThat(cards).noneMatch((card) -> card.text().startsWith("Session") || card.text().startsWith("Synapse"));
		assertThat(page.select("#alternatives > p > a").eachAttr("href")).containsExactly("/alternatives/session",
				"/alternatives/synapse");
	}

	@Test
	void recentActivityInterleavesBothProductsNewestFirst() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<Element> rows = page.select("#activity ol.timeline > li");
		assertThat(rows).hasSize(ComparePageService.RECENT_ACTIVITY);
		List<String> dates = rows.stream().map((row) -> row.selectFirst("time").attr("datetime")).toList();
		assertThat(dates).isSortedAccordingTo((x, y) -> y.compareTo(x));
		assertThat(rows.subList(0, 6)).extracting((row) -> row.selectFirst(".activity-title").text())
			.containsExactly("1.155.0rc1: federation queue and restricted-join fixes",
					"1.154.0: MSC4452 preview-URL capabilities API", "1.154.0rc1: MSC4452 preview-URL capability",
					"1.153.0: ACLs for EDUs (MSC4163), sliding-sync reworks",
					"1.153.0rc3: revert sliding-sync change over perf", "1.152.1: security fixes (DoS CVE-2026-45078)");
		assertThat(rows.subList(0, 6)).extracting((row) -> row.selectFirst("time").text())
			.containsExactly("3d ago", "8d ago", "16d ago", "24d ago", "28d ago", "13 May 2026");
		assertThat(rows).extracting((row) -> row.selectFirst(".activity-product").text())
			.contains("Session", "Synapse")
			.containsOnly("Session", "Synapse");
		assertThat(page.select("#activity .spark")).isEmpty();
	}

	@Test
	void theFaqAnswersFromTheDataAndLeavesOutWhatItCannotAnswer() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(page.select("#faq h3").eachText()).containsExactly(
				"What is the difference between Session and Synapse?", "Is Session better than Synapse?",
				"How often do Session and Synapse release?", "What are the best alternatives to Session and Synapse?");
		assertThat(page.select("#faq").text()).doesNotContain("against 0", "0 editorial sparks", "adjacent needs");
		List<String> answers = page.select("#faq h3 + p").eachText();
		assertThat(answers).doesNotHaveDuplicates();
		assertThat(answers.get(1)).contains("Synapse ships fastest right now: velocity 5.0, #1 of 13 in Comms",
				"Session: velocity 0.0", "moves in the last year, the latest on");
		assertThat(page.select("#faq h3 + p").get(1).select("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(page.select("#faq h3 + p").get(3).select("a").eachAttr("href"))
			.containsExactly("/alternatives/session", "/alternatives/synapse");
	}

	@Test
	void noTwoFaqAnswersShareASentenceOnAFourWayPage() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/element-vs-session-vs-signal-vs-synapse");
		List<String> sentences = page.select("#faq h3 + p")
			.eachText()
			.stream()
			.flatMap((answer) -> List.of(answer.split("(?<=\\.) ")).stream())
			.toList();
		assertThat(sentences).doesNotHaveDuplicates();
		assertThat(page.select("#faq h3").eachText()).doesNotHaveDuplicates()
			.contains("Which is better: Element, Session, Signal or Synapse?");
	}

	@Test
	void atAGlanceShowsRankAndReleaseRhythmBesideTheScore() throws Exception {
		Element table = Html.fetch(this.mvc, "/compare/session-vs-synapse").selectFirst("#at-a-glance table");
		assertThat(row(table, "Velocity score")).containsExactly("Velocity score 0.0 of 5", "Velocity score 5.0 of 5");
		assertThat(row(table, "Rank in sector")).allSatisfy((cell) -> assertThat(cell).matches("#\\d+ of 13 in Comms"));
		assertThat(row(table, "Rank in sector").get(1)).isEqualTo("#1 of 13 in Comms");
		assertThat(row(table, "Releases · 90 days").get(0)).isEqualTo("0");
		assertThat(Integer.parseInt(row(table, "Releases · 90 days").get(1))).isPositive();
		assertThat(row(table, "Days since last release")).allSatisfy((cell) -> assertThat(cell).matches("\\d+"));
		assertThat(row(table, "Ship moves · last year").get(0))
			.matches("\\d+ moves in the last year, the latest on \\d{1,2} [A-Z][a-z]{2} 2026");
		assertThat(rowOf(table, "Ship moves · last year").select("time").eachAttr("datetime"))
			.allSatisfy((datetime) -> assertThat(datetime).matches("2026-\\d{2}-\\d{2}"));
	}

	@Test
	void whatIsEachProductIsItsOwnDescriptionNotTheEditorialBlock() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<String> whatIs = page.select("section.what-is p.what-is-summary").eachText();
		assertThat(whatIs).hasSize(2);
		assertThat(whatIs.get(0)).startsWith("Session is an end-to-end encrypted messenger");
		assertThat(whatIs.get(1)).startsWith("Synapse is the most widely deployed Matrix homeserver");
		String editorial = page.select("#editorial").text();
		assertThat(whatIs).allSatisfy((text) -> assertThat(editorial).doesNotContain(text));
		assertThat(page.select("section.what-is .prose, section.what-is p.headline")).isEmpty();
	}

	@Test
	void eachProductHasAMarkOfItsOwnThatWhiteTextIsReadableOn() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<Element> marks = page.select("#editorial svg.monogram");
		assertThat(marks).extracting((mark) -> mark.selectFirst("text").text()).containsExactly("S", "S");
		List<String> fills = marks.stream().map((mark) -> mark.selectFirst("circle").attr("fill")).toList();
		assertThat(fills).doesNotHaveDuplicates().allSatisfy((fill) -> {
			assertThat(fill).matches("#[0-9a-f]{6}");
			assertThat(io.sparkpulse.web.Monogram.contrastWithWhite(fill)).isGreaterThanOrEqualTo(4.5);
		});
	}

	@Test
	void theInterleavedActivityTakesAsManyMovesFromEachProduct() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<String> products = page.select("#activity .activity-product").eachText();
		assertThat(products).hasSize(12);
		assertThat(products.stream().filter("Session"::equals)).hasSize(6);
		assertThat(products.stream().filter("Synapse"::equals)).hasSize(6);
		assertThat(page.selectFirst("#activity > p").text()).contains("up to 6 of each");
		Document fourWay = Html.fetch(this.mvc, "/compare/element-vs-session-vs-signal-vs-synapse");
		assertThat(fourWay.select("#activity .activity-product").eachText())
			.allSatisfy((name) -> assertThat(fourWay.select("#activity .activity-product:containsOwn(" + name + ")"))
				.hasSizeLessThanOrEqualTo(3));
	}

	@Test
	void bothTrendsAreOneChartWithLegendLabelsReleaseMarkersAndATable() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		Element trend = page.selectFirst("#trend");
		assertThat(trend.select("svg.score-chart")).hasSize(1);
		Element svg = trend.selectFirst("svg.score-chart");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text())
			.isEqualTo("Session and Synapse: velocity score, weekly, last 12 months");
		assertThat(svg.selectFirst("desc").text()).contains("Session: Weekly velocity score from",
				"Synapse: Weekly velocity score from");
		assertThat(svg.select("g.series")).extracting((g) -> g.className())
			.containsExactly("series series-0", "series series-1");
		assertThat(svg.select("g.series polyline"))
			.allSatisfy((line) -> assertThat(line.attr("points").split(" ")).hasSize(52));
		assertThat(svg.select("g.series text.direct-label").eachText()).containsExactly("Session", "Synapse");
		assertThat(trend.select("ul.legend li").eachText()).containsExactly("Session", "Synapse");
		assertThat(svg.select("g.series-1 path.marker title").eachText()).isNotEmpty()
			.anySatisfy(
					(title) -> assertThat(title).startsWith("Synapse 1.154.0: MSC4452 preview-URL capabilities API ("));
		assertThat(svg.selectFirst("text.axis-title").text()).isEqualTo("Velocity score");
		List<String> months = svg.select("g.axis text").eachText();
		assertThat(months).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((month) -> assertThat(month).matches("[A-Z][a-z]{2} '2[56]"));
		for (Element text : svg.select("text")) {
			if (text.hasAttr("x") && !text.hasClass("axis-title")) {
				double x = Double.parseDouble(text.attr("x"));
				assertThat(x).isBetween(0.0, 400.0);
			}
		}
		assertThat(trend.select("details table thead th").eachText()).containsExactly("Week of", "Session", "Synapse");
		assertThat(trend.select("details table tbody tr")).hasSize(52);
		assertThat(trend.select("details table tbody tr").last().text()).isEqualTo("15 Jun 2026 0.0 5.0");
		assertThat(page.select("script:not([type=application/ld+json])"))
			.allSatisfy((script) -> assertThat(script.hasAttr("src")).isTrue());
	}

	@Test
	void aFourWayPageDrawsFourLinesTellingThemApartWithoutColourToo() throws Exception {
		Element svg = Html.fetch(this.mvc, "/compare/element-vs-session-vs-signal-vs-synapse")
			.selectFirst("#trend svg.score-chart");
		assertThat(svg.select("g.series")).hasSize(4);
		assertThat(svg.select("g.series polyline").eachAttr("stroke-dasharray")).doesNotHaveDuplicates();
		List<Double> labelYs = svg.select("text.direct-label")
			.stream()
			.map((label) -> Double.parseDouble(label.attr("y")))
			.sorted()
			.toList();
		for (int i = 1; i < labelYs.size(); i++) {
			assertThat(labelYs.get(i) - labelYs.get(i - 1)).isGreaterThanOrEqualTo(14.0);
		}
	}

	@Test
	void theOtherOrderMovesPermanentlyToTheAlphabeticalOne() throws Exception {
		this.mvc.perform(get("/compare/synapse-vs-session"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/session-vs-synapse"));
	}

	@Test
	void upperCaseMovesPermanentlyToLowerCase() throws Exception {
		this.mvc.perform(get("/compare/Synapse-vs-Session"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/synapse-vs-session"));
	}

	@Test
	void comparingAProductWithItselfMovesToItsPage() throws Exception {
		this.mvc.perform(get("/compare/synapse-vs-synapse"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/products/synapse"));
	}

	@Test
	void anUnknownProductIsA404PageWithLinksOnward() throws Exception {
		var result = this.mvc.perform(get("/compare/session-vs-nonexistent").accept("text/html"))
			.andExpect(status().isNotFound())
			.andReturn();
		Document page = Html.parse(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main a").eachAttr("href")).contains("/", "/sectors");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void malformedPairsAre404sNotErrors() throws Exception {
		for (String path : List.of("/compare/session", "/compare/-vs-synapse", "/compare/session-vs-",
				"/compare/" + "x".repeat(2000), "/compare/session_vs_synapse")) {
			this.mvc.perform(get(path).accept("text/html")).andExpect(status().isNotFound());
		}
		// MockMvc encodes the '%' itself, so this asks for a literal "%3C": the security
		// firewall refuses
		// encoded percent signs outright.
		this.mvc.perform(get("/compare/%3Cscript%3E-vs-synapse").accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePageCostsAFixedHandfulOfStatementsWhateverThePair() throws Exception {
		this.statements.reset();
		Html.fetch(this.mvc, "/compare/session-vs-synapse");
		int sessionSynapse = this.statements.count();
		this.statements.reset();
		Html.fetch(this.mvc, "/compare/firefox-vs-synapse");
		int crossSector = this.statements.count();
		// The closest alternatives of each of the two products, for the three-way
		// extension, come from the same read of their sector as the page's alternatives.
		assertThat(sessionSynapse).isLessThanOrEqualTo(10);
		assertThat(crossSector).isEqualTo(sessionSynapse);
	}

	@Test
	void threeProductsCompareInOnePageWithEverySection() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/element-vs-session-vs-synapse");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Element vs Session vs Synapse");
		assertThat(cells(page.selectFirst("#at-a-glance table"), "th[scope=col]")).containsExactly("Feature", "Element",
				"Session", "Synapse");
		assertThat(page.select("section.what-is h2")).hasSize(3);
		assertThat(page.select("#editorial article")).hasSize(3);
		assertThat(page.select("#alternatives article.card"))
			.allSatisfy((card) -> assertThat(card.select(".card-links a")).hasSize(3));
		assertThat(page.select("#activity .activity-product").eachText()).contains("Element", "Synapse");
		assertThat(page.select("#faq h3").eachText()).contains("Which is better: Element, Session or Synapse?");
	}

	@Test
	void multiWayComparisonsHaveOneCanonicalOrderToo() throws Exception {
		this.mvc.perform(get("/compare/synapse-vs-session-vs-element"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/element-vs-session-vs-synapse"));
		this.mvc.perform(get("/compare/synapse-vs-session-vs-synapse"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/session-vs-synapse"));
		Html.fetch(this.mvc, "/compare/element-vs-session-vs-signal-vs-synapse");
		this.mvc.perform(get("/compare/dendrite-vs-element-vs-session-vs-signal-vs-synapse").accept("text/html"))
			.andExpect(status().isNotFound());
	}

	private static List<String> cells(Element table, String selector) {
		return table.select(selector).eachText();
	}

	private static Element rowOf(Element table, String header) {
		return table.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(header))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> row(Element table, String header) {
		return rowOf(table, header).select("td").eachText();
	}

}
