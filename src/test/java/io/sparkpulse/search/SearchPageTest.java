package io.sparkpulse.search;

import java.time.Instant;
import java.util.List;

import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.editorial.EditorialCommands;
import io.sparkpulse.editorial.TrajectoryDraft;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /search} on the demo catalog in PostgreSQL, read as HTML. Tests that write roll
 * back.
 */
@PageTest
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	CatalogQueries catalogQueries;

	@Autowired
	EditorialCommands editorial;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsAProductByItsNameAndMarksTheMatch() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=synapse");
		assertThat(page.select("h1").eachText()).containsExactly("Search results for “synapse”");
		Element first = results(page).get(0);
		assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/products/synapse");
		assertThat(first.select("h2 mark").eachText()).containsExactly("Synapse");
		assertThat(first.selectFirst(".card-sector").text()).isEqualTo("Comms");
		assertThat(first.selectFirst(".score").text()).contains("5.0");
		assertThat(page.selectFirst("#results-count").text()).startsWith("3 products match");
	}

	@Test
	void findsProductsByATheme() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=ssr");
		assertThat(results(page)).hasSize(6).allSatisfy((result) -> {
			assertThat(result.select(".card-themes mark").eachText()).containsExactly("ssr");
			assertThat(result.selectFirst("h2").text()).doesNotContainIgnoringCase("ssr");
		});
	}

	@Test
	void findsAProductByWordsOnlyItsEditorialTrajectoryUses() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=conduwuit");
		assertThat(results(page)).hasSize(1);
		Element result = results(page).get(0);
		assertThat(result.selectFirst("h2").text()).isEqualTo("Dendrite");
		assertThat(result.select(".excerpt mark").eachText()).containsExactly("conduwuit");
		assertThat(result.selectFirst(".excerpt").text()).contains("community servers such as conduwuit");
	}

	@Test
	void stemmingFindsOtherFormsOfAWordAndPhrasesWork() throws Exception {
		assertThat(names(Html.fetch(this.mvc, "/search?q=homeservers"))).contains("Synapse", "Dendrite");
		assertThat(names(search("\"reference matrix homeserver\""))).containsExactly("Synapse");
	}

	@Test
	void aTypoInANameFindsNothingButSuggestsTheName() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=synpase");
		assertThat(page.select("h1").eachText()).containsExactly("No results for “synpase”");
		Element didYouMean = page.selectFirst(".did-you-mean a");
		assertThat(didYouMean.text()).isEqualTo("Synapse");
		assertThat(didYouMean.attr("href")).isEqualTo("/search?q=Synapse");
		assertThat(page.select("#similar .card-title a").eachAttr("href")).first().isEqualTo("/products/synapse");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).contains("did you mean Synapse?");
	}

	@Test
	void aTypoInOneWordOfSeveralStillSuggestsTheName() throws Exception {
		Document page = search("firefx extensions");
		assertThat(page.selectFirst(".did-you-mean a").text()).isEqualTo("Firefox");
	}

	@Test
	void theNameMatchComesFirstWhateverTheOtherTextsSay() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=element");
		assertThat(names(page)).first().isEqualTo("Element");
		assertThat(names(page)).contains("Synapse");
	}

	@Test
	@Transactional
	void aNameMatchOutranksAProductThatRepeatsTheWordEverywhereElse() throws Exception {
		long sector = this.catalogQueries.sector("comms").orElseThrow().id();
		String quasar = "Quasar quasar quasar: quasar for quasar people, quasar everywhere.";
		long chatty = this.catalog.createProduct(new NewProduct("search-test-chatty", "Chatterbox", sector,
				"The quasar of quasar chat", quasar, null, null, List.of()));
		this.editorial.revise(chatty, new TrajectoryDraft("Quasar quasar", quasar, quasar, quasar), "test",
				Instant.parse("2026-06-01T00:00:00Z"));
		this.catalog.createProduct(
				new NewProduct("search-test-quasar", "Quasar", sector, "A chat app", "", null, null, List.of()));

		assertThat(names(Html.fetch(this.mvc, "/search?q=quasar"))).containsExactly("Quasar", "Chatterbox");
	}

	@Test
	@Transactional
	void markupInCatalogTextIsShownAsTextAroundTheHighlight() throws Exception {
		long sector = this.catalogQueries.sector("comms").orElseThrow().id();
		this.catalog
			.createProduct(new NewProduct("search-test-markup", "Evil <b>Boldchat</b> <img src=x onerror=alert(1)>",
					sector, "A <script>alert(1)</script> boldchat client", "", null, null, List.of()));

		Document page = Html.fetch(this.mvc, "/search?q=boldchat");
		Element result = results(page).get(0);
		Element title = result.selectFirst("h2 a");
		assertThat(title.text()).isEqualTo("Evil <b>Boldchat</b> <img src=x onerror=alert(1)>");
		assertThat(title.select("mark").eachText()).containsExactly("Boldchat");
		assertThat(title.select("b, img")).isEmpty();
		assertThat(result.select("script, img, b")).isEmpty();
		assertThat(result.selectFirst(".card-headline").text())
			.isEqualTo("A <script>alert(1)</script> boldchat client");
	}

	@Test
	void anEmptyQueryShowsTheFormPopularProductsAndSectors() throws Exception {
		Document page = Html.fetch(this.mvc, "/search");
		assertThat(page.select("h1").eachText()).containsExactly("Search Sparkpulse");
		assertThat(page.select("#popular article.card")).hasSize(SearchService.POPULAR);
		assertThat(page.select("#sectors a").eachText()).contains("Comms", "Databases");
		assertThat(page.select("#tips a").eachAttr("href")).contains("/search?q=Firefox");
		assertThat(page.select("#results")).isEmpty();
		assertThat(search("   ").select("h1").eachText()).containsExactly("Search Sparkpulse");
	}

	@Test
	void theSearchFormIsALabelledGetForm() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=matrix");
		Element form = page.selectFirst("main form.search-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/search");
		Element input = form.selectFirst("input[type=search][name=q]");
		assertThat(input.val()).isEqualTo("matrix");
		assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isNotBlank();
	}

	@Test
	void searchPagesAreNotIndexedButTheirLinksAreFollowed() throws Exception {
		for (String path : List.of("/search", "/search?q=synapse", "/search?q=zzzqqx")) {
			Document page = Html.fetch(this.mvc, path);
			assertThat(page.selectFirst("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex,follow");
			assertThat(page.select("h1")).as(path).hasSize(1);
		}
	}

	@Test
	void aQueryThatMatchesNothingStillHelps() throws Exception {
		Document page = Html.fetch(this.mvc, "/search?q=zzzqqx");
		assertThat(page.select("h1").eachText()).containsExactly("No results for “zzzqqx”");
		assertThat(page.selectFirst(".lede").text()).contains("“zzzqqx”");
		assertThat(page.select(".did-you-mean")).isEmpty();
		assertThat(page.select("#tips li")).isNotEmpty();
		assertThat(page.select("#popular article.card")).hasSize(SearchService.POPULAR);
		assertThat(page.select("#sectors li")).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void resultsArePaginatedAndTheLastPageHasNoNext() throws Exception {
		Document first = Html.fetch(this.mvc, "/search?q=release");
		int total = Integer.parseInt(first.selectFirst("#results-count").text().split(" ")[0]);
		assertThat(total).isGreaterThan(2 * SearchService.PAGE_SIZE);
		assertThat(results(first)).hasSize(SearchService.PAGE_SIZE);
		assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/search?q=release&page=2");
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();

		Document second = Html.fetch(this.mvc, "/search?q=release&page=2");
		assertThat(second.selectFirst("ol.results").attr("start"))
			.isEqualTo(String.valueOf(SearchService.PAGE_SIZE + 1));
		assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/search?q=release");
		assertThat(names(second)).doesNotContainAnyElementsOf(names(first));

		Document last = Html.fetch(this.mvc, "/search?q=release&page=3");
		assertThat(results(last)).hasSize(total - 2 * SearchService.PAGE_SIZE);
		assertThat(last.select(".pager a[rel=next]")).isEmpty();
	}

	@Test
	void badPagesAreBadRequestsAndPagesBeyondTheResultsAreNotFound() throws Exception {
		for (String page : List.of("0", "-1", "abc", "99999999999")) {
			this.mvc.perform(get("/search?q=release&page=" + page).accept("text/html"))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/search?q=release&page=4").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/search?q=release&page=2147483647").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/search?q=zzzqqx&page=2").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/search?page=2").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void anOverlongQueryIsShortenedAndTheReaderIsTold() throws Exception {
		Document page = search("synapse " + "x".repeat(400));
		assertThat(page.selectFirst(".notice").text()).contains("first 200 characters");
		assertThat(page.selectFirst("main input[name=q]").val()).hasSize(SearchQuery.MAX_LENGTH);
	}

	@Test
	void oddInputNeverBreaksThePage() throws Exception {
		for (String q : List.of("\u0000", "nul\u0000in the middle", "\"", "'; drop table product; --", "a & | ! (",
				"<script>", "⚡", "-", "or", "\uD800", "%")) {
			this.mvc.perform(get("/search").param("q", q).accept("text/html")).andExpect(status().isOk());
		}
	}

	@Test
	@Transactional
	void retiredProductsNeverAppear() throws Exception {
		this.jdbc.sql("update product set retired_at = now() where slug = 'synapse'").update();
		assertThat(names(Html.fetch(this.mvc, "/search?q=synapse"))).doesNotContain("Synapse").contains("Element");
		Document typo = Html.fetch(this.mvc, "/search?q=synpase");
		assertThat(typo.select(".did-you-mean")).isEmpty();
		assertThat(typo.select("#similar")).isEmpty();
	}

	@Test
	@Transactional
	void theIndexFollowsEditorialThemeAndProductChanges() throws Exception {
		long synapse = this.catalogQueries.product("synapse").orElseThrow().id();
		assertThat(results(Html.fetch(this.mvc, "/search?q=zeppelinium"))).isEmpty();
		this.editorial.revise(synapse, new TrajectoryDraft("Synapse goes zeppelinium", "Now.", "Next.", "Later."),
				"test", Instant.parse("2026-06-14T00:00:00Z"));
		assertThat(names(Html.fetch(this.mvc, "/search?q=zeppelinium"))).containsExactly("Synapse");

		this.jdbc.sql("update theme set name = 'hovercraft-sync' where slug = 'sliding-sync'").update();
		assertThat(names(Html.fetch(this.mvc, "/search?q=hovercraft"))).contains("Synapse", "Element");

		this.jdbc.sql("update product set name = 'Synapse Nebula' where id = :id").param("id", synapse).update();
		assertThat(names(Html.fetch(this.mvc, "/search?q=nebula"))).containsExactly("Synapse Nebula");

		this.jdbc.sql("delete from product_theme where product_id = :id").param("id", synapse).update();
		assertThat(names(Html.fetch(this.mvc, "/search?q=hovercraft"))).doesNotContain("Synapse Nebula");
	}

	@Test
	void eachStateCostsAFixedHandfulOfStatements() throws Exception {
		assertThat(statementsFor("/search?q=synapse")).isEqualTo(3);
		assertThat(statementsFor("/search?q=release&page=2")).isEqualTo(3);
		assertThat(statementsFor("/search")).isEqualTo(2);
		assertThat(statementsFor("/search?q=synpase")).isLessThanOrEqualTo(5);
		assertThat(statementsFor("/search?q=zzzqqx")).isLessThanOrEqualTo(5);
	}

	private Document search(String query) throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", query).accept("text/html"))
			.andExpect(status().isOk())
			.andReturn();
		return Html.parse(result);
	}

	private int statementsFor(String path) throws Exception {
		this.statements.reset();
		Html.fetch(this.mvc, path);
		return this.statements.count();
	}

	private static List<Element> results(Document page) {
		return page.select("ol.results > li > article");
	}

	private static List<String> names(Document page) {
		return results(page).stream().map((result) -> result.selectFirst("h2").text()).toList();
	}

}
