package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sparkpulse.alternatives.AlternativesService;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.web.ComparePath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting a comparison from any page, from a search, and from the links browsing pages
 * offer: where each leads, and that every linked comparison is one the sitemap lists.
 */
@PageTest
class GettingToComparisonsTest {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	AlternativesService alternatives;

	@Test
	void theProductPageFormIsAPlainGetFormThatLandsOnTheCanonicalComparison() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		Element form = page.selectFirst("#compare-with form.compare-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/compare");
		assertThat(form.select("input[type=hidden][name=with]").eachAttr("value")).containsExactly("synapse");
		assertThat(form.selectFirst("input[name=add]").attr("list")).isEqualTo(form.selectFirst("datalist").id());
		assertThat(page.select("script[src]").eachAttr("src")).anyMatch((src) -> src.startsWith("/assets/js/compare"));

		this.mvc.perform(get("/compare").param("with", "synapse").param("add", "  session "))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/compare/session-vs-synapse"));
		this.mvc.perform(get("/compare").param("with", "synapse").param("add", "rocket chat"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/compare/rocket-chat-vs-synapse"));
	}

	@Test
	void aPairPageOffersAThirdProductUpToFour() throws Exception {
		Document pair = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		Element form = pair.selectFirst("#add-product form");
		assertThat(pair.selectFirst("#add-product h2").text()).isEqualTo("Add a third product");
		assertThat(form.select("input[type=hidden][name=with]").eachAttr("value")).containsExactly("session",
				"synapse");
		this.mvc.perform(get("/compare").param("with", "session", "synapse").param("add", "Signal"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/compare/session-vs-signal-vs-synapse"));

		Document three = Html.fetch(this.mvc, "/compare/session-vs-signal-vs-synapse");
		assertThat(three.selectFirst("#add-product h2").text()).isEqualTo("Add another product");
		Document four = Html.fetch(this.mvc, "/compare/element-vs-session-vs-signal-vs-synapse");
		assertThat(four.select("#add-product")).isEmpty();
		this.mvc
			.perform(get("/compare").param("with", "element", "session", "signal", "synapse")
				.param("add", "dendrite")
				.accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownNameShowsTheFormAgainWithWhatWentWrong() throws Exception {
		Document page = Html.parse(
				this.mvc.perform(get("/compare").param("with", "synapse").param("add", "Synapsee").accept("text/html"))
					.andExpect(status().isBadRequest())
					.andReturn());
		assertThat(page.selectFirst(".error-summary").text()).contains("“Synapsee”");
		assertThat(page.select("form.compare-start input[type=hidden][name=with]").eachAttr("value"))
			.containsExactly("synapse");
		assertThat(page.selectFirst("form.compare-start input[name=add]").attr("value")).isEqualTo("Synapsee");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");

		Document empty = Html.fetch(this.mvc, "/compare");
		assertThat(empty.select("form.compare-start input[name=add]")).hasSize(2);
		assertThat(empty.select(".error-summary")).isEmpty();
		this.mvc.perform(get("/compare").param("with", "synapse").param("add", "synapse").accept("text/html"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare").param("with", "synapse").param("add", "ses\u0000sion").accept("text/html"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare").param("add", "x".repeat(5000)).accept("text/html"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/search/suggestions").param("q", "syn\u0000")).andExpect(status().isOk());
	}

	@Test
	void searchesShapedLikeComparisonsGoToTheComparison() throws Exception {
		for (String query : List.of("session vs synapse", "Synapse VS. Session", "session versus synapse",
				"session or synapse")) {
			this.mvc.perform(get("/search").param("q", query))
				.andExpect(status().isSeeOther())
				.andExpect(header().string("Location", "/compare/session-vs-synapse"));
		}
		this.mvc.perform(get("/search").param("q", "Signal, Session and Synapse"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/compare/session-vs-signal-vs-synapse"));
		this.mvc.perform(get("/search").param("q", "synapse vs nothing-like-it").accept("text/html"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "federation or sync").accept("text/html"))
			.andExpect(status().isOk());
	}

	@Test
	void suggestionsAreSameOriginJsonOfMatchingNames() throws Exception {
		String json = this.mvc
			.perform(get("/search/suggestions").param("q", "syn").header("Origin", "https://elsewhere.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"name\":\"Synapse\"").contains("\"url\":\"/products/synapse\"");
		this.mvc.perform(get("/search/suggestions").param("q", ""))
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.products").isEmpty());
	}

	@Test
	void browsingPagesLinkComparisonsThatTheSitemapLists() throws Exception {
		Set<String> listed = new HashSet<>(sitemapLocations("/sitemaps/compare-1.xml"));
		listed.addAll(sitemapLocations("/sitemaps/trios-1.xml"));

		ProductSummary synapse = this.catalog.product("synapse").orElseThrow();
		List<String> closest = this.alternatives.top(synapse, 3)
			.stream()
			.map(RankedAlternative::product)
			.map((other) -> "/compare/" + ComparePath.canonical(List.of("synapse", other.slug())))
			.toList();
		Document product = Html.fetch(this.mvc, "/products/synapse");
		assertThat(product.selectFirst("#compare-with h2").text()).isEqualTo("Compare Synapse with");
		assertThat(product.select("#compare-with .compare-links a").eachAttr("href")).isEqualTo(closest);

		List<String> linked = new ArrayList<>(closest);
		Document home = Html.fetch(this.mvc, "/");
		assertThat(home.select("#comparisons .compare-links a")).hasSizeBetween(3, 4);
		linked.addAll(home.select("#comparisons .compare-links a").eachAttr("href"));
		Document sector = Html.fetch(this.mvc, "/sectors/comms");
		assertThat(sector.select("#top-comparisons .compare-links a")).hasSizeBetween(3, 6);
		linked.addAll(sector.select("#top-comparisons .compare-links a").eachAttr("href"));
		Document pair = Html.fetch(this.mvc, linked.get(0));
		Element extension = pair.selectFirst("#add-product a[href^=/compare/]");
		assertThat(extension).isNotNull();
		assertThat(extension.attr("href").split("-vs-")).hasSize(3);
		linked.add(extension.attr("href"));

		assertThat(linked).allSatisfy((href) -> assertThat(listed).contains(BASE + href));
		for (String href : linked) {
			Document compared = Html.fetch(this.mvc, href);
			assertThat(compared.select("meta[name=robots]").eachAttr("content"))
				.noneMatch((c) -> c.contains("noindex"));
			assertThat(compared.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + href);
		}
	}

	@Test
	void productCompareAndSectorPagesShowSubscribeLinksToTheirFeeds() throws Exception {
		assertThat(Html.fetch(this.mvc, "/products/synapse").select(".subscribe a").eachAttr("href"))
			.containsExactly("/products/synapse/feed.atom");
		assertThat(Html.fetch(this.mvc, "/compare/session-vs-synapse").select(".subscribe a").eachAttr("href"))
			.containsExactly("/compare/session-vs-synapse/feed.atom");
		assertThat(Html.fetch(this.mvc, "/sectors/comms").select(".subscribe a").eachAttr("href"))
			.containsExactly("/sectors/comms/feed.atom");
		assertThat(Html.fetch(this.mvc, "/sectors/comms").selectFirst(".subscribe").text()).contains("Subscribe");
	}

	@Test
	void theMethodologyDefinesSparksAndScoreRangesAndActivityLegendsLinkThere() throws Exception {
		Document methodology = Html.fetch(this.mvc, "/methodology");
		assertThat(methodology.selectFirst("#sparks h2").text()).contains("spark");
		assertThat(methodology.selectFirst("#sparks").text()).contains("editors flag");
		assertThat(methodology.select("#score-ranges tbody tr")).hasSize(4);
		assertThat(methodology.selectFirst("#score-ranges").text()).contains("Caveats");
		assertThat(Html.fetch(this.mvc, "/products/synapse").select("#timeline .legend a").eachAttr("href"))
			.containsExactly("/methodology#sparks");
		assertThat(Html.fetch(this.mvc, "/compare/session-vs-synapse").select("#activity .legend a").eachAttr("href"))
			.containsExactly("/methodology#sparks");
	}

	private List<String> sitemapLocations(String path) throws Exception {
		String xml = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(xml, "", Parser.xmlParser()).select("loc").eachText();
	}

}
