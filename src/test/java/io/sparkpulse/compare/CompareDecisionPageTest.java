package io.sparkpulse.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a reader decides from on a compare page: sourced facts side by side, a bottom line
 * and an editor's verdict at the top, a warning when the products are of different kinds,
 * and no indexing of pairs from different sectors.
 */
@PageTest
class CompareDecisionPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAtAGlanceTableShowsEachFactWithItsSourceAndCheckDay() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		assertThat(facts(page, "Category")).containsExactly("messenger", "Matrix homeserver");
		assertThat(facts(page, "Licence")).containsExactly("GPL-3.0-only · open source[1]",
				"AGPL-3.0-only · open source[2]");
		assertThat(facts(page, "Hosting")).containsExactly("Hosted service[3]", "Self-hosted[4]");
		assertThat(facts(page, "Main language")).containsExactly("TypeScript[1]", "Python[2]");
		assertThat(facts(page, "Pricing")).containsExactly("Freemium[5]", "Free[4]");
		assertThat(facts(page, "First release")).containsExactly("2020[1]", "2014[2]");
		assertThat(facts(page, "Adoption")).element(1).asString().startsWith("3,300 GitHub stars");
		Element licenceSource = page.selectFirst("#at-a-glance tr:has(th:containsOwn(Licence)) td:eq(2) sup a");
		assertThat(licenceSource.attr("href")).isEqualTo("#fact-source-2");
		assertThat(licenceSource.attr("title"))
			.isEqualTo("Checked 1 Jun 2026 against https://github.com/element-hq/synapse");
		Element note = page.selectFirst("#fact-source-2");
		assertThat(note.text()).isEqualTo("Checked 1 Jun 2026 against https://github.com/element-hq/synapse");
		assertThat(note.selectFirst("time").attr("datetime")).isEqualTo(FixedClock.TODAY.minusDays(14).toString());
		assertThat(note.selectFirst("a").attr("href")).isEqualTo("https://github.com/element-hq/synapse");
	}

	@Test
	void theLatestReleaseAndAPendingReleaseCandidateComeFromActivity() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		List<String> releases = facts(page, "Latest release");
		assertThat(releases.get(0)).startsWith("Desktop 1.16.0, ");
		assertThat(releases.get(1)).startsWith("1.154.0, ");
		List<String> candidates = facts(page, "Latest release candidate or beta");
		assertThat(candidates.get(0)).isEqualTo("none since the latest release");
		assertThat(candidates.get(1)).startsWith("1.155.0rc1, ");
		assertThat(page.select("#at-a-glance tbody.fact-rows time[datetime]")).isNotEmpty();
	}

	@Test
	void aFactNobodyEnteredReadsUnknownNeverBlank() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/duckdb-vs-firefox");
		Element firefoxAdoption = page.selectFirst("#at-a-glance tr:has(th:containsOwn(Adoption)) td:eq(2)");
		assertThat(firefoxAdoption.text()).isEqualTo("unknown");
		assertThat(firefoxAdoption.hasClass("unknown")).isTrue();
		assertThat(page.select("#at-a-glance tbody.fact-rows td"))
			.allSatisfy((td) -> assertThat(td.text()).isNotBlank());
	}

	@Test
	void fourProductsShowTheirFactsSideBySide() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/duckdb-vs-firefox-vs-grafana-vs-react");
		assertThat(page.select("#at-a-glance tbody.fact-rows tr")).hasSize(10)
			.allSatisfy((row) -> assertThat(row.select("td")).hasSize(4));
		assertThat(facts(page, "Licence")).extracting((text) -> text.replaceAll("\\[\\d+\\]$", ""))
			.containsExactly("MIT · open source", "MPL-2.0 · open source", "AGPL-3.0-only · open source",
					"MIT · open source");
	}

	@Test
	void theBottomLineComesFirstAndSaysWhoShipsFasterTheDifferenceAndTheHeadlines() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/mattermost-vs-rocket-chat");
		assertThat(page.selectFirst("main section").id()).isEqualTo("bottom-line");
		String bottomLine = page.selectFirst("#bottom-line .from-data").text();
		assertThat(bottomLine).containsPattern("(Mattermost|Rocket\\.Chat) ships faster: velocity \\d\\.\\d against")
			.contains("on median")
			.contains("In our editors’ words, Mattermost: “")
			.contains("; Rocket.Chat: “");
		assertThat(page.select("#bottom-line .verdict")).isEmpty();
		assertThat(page.select("#bottom-line .kinds")).isEmpty();
	}

	@Test
	void aVerdictLeadsThePageOfItsPairRenderedFromMarkdown() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/dendrite-vs-synapse");
		Element verdict = page.selectFirst("#bottom-line .verdict");
		assertThat(verdict).isNotNull();
		assertThat(verdict.selectFirst("h3").text()).isEqualTo("Our editors’ verdict");
		assertThat(verdict.select(".prose strong").eachText()).containsExactly("Synapse", "Dendrite");
		assertThat(verdict.select(".prose p").first().text()).startsWith("Pick Synapse if");
		assertThat(verdict.nextElementSibling().hasClass("from-data")).isTrue();
		assertThat(page.select("#bottom-line .kinds")).isEmpty();
	}

	@Test
	void productsOfDifferentCategoriesAreSaidToBeSoWithLinksToLikeForLikeComparisons() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		Element kinds = page.selectFirst("#bottom-line .kinds");
		assertThat(kinds.selectFirst("p").text())
			.startsWith("Session is a messenger and Synapse is a Matrix homeserver: different kinds of product");
		assertThat(kinds.select("a").eachAttr("href")).contains("/compare/dendrite-vs-synapse")
			.anySatisfy((href) -> assertThat(href).contains("session"))
			.allSatisfy((href) -> assertThat(href).startsWith("/compare/"));
		assertThat(page.select("meta[name=robots]")).isEmpty();
		assertThat(page.select("#alternatives article.card")).isNotEmpty();
	}

	@Test
	void aPairFromDifferentSectorsIsServedButNotIndexedAndListsNoSharedAlternatives() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/redis-vs-session");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		assertThat(page.select("#alternatives")).isEmpty();
		assertThat(page.select("#own-alternatives a").eachAttr("href")).containsExactly("/alternatives/redis",
				"/alternatives/session");
		assertThat(page.selectFirst("#bottom-line .kinds").text())
			.startsWith("Redis is tracked in Databases and Session is tracked in Comms: different sectors");
		assertThat(page.select("#at-a-glance tbody.fact-rows tr")).isNotEmpty();
	}

	@Test
	void theSitemapListsOnlyPairsOfOneSector() throws Exception {
		String xml = this.mvc.perform(get("/sitemaps/compare-1.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher pairs = Pattern.compile("/compare/([a-z0-9-]+?)-vs-([a-z0-9-]+)</loc>").matcher(xml);
		int listed = 0;
		while (pairs.find()) {
			listed++;
			assertThat(this.jdbc.sql("select count(distinct sector_id) from product where slug in (:a, :b)")
				.param("a", pairs.group(1))
				.param("b", pairs.group(2))
				.query(Integer.class)
				.single()).as(pairs.group()).isEqualTo(1);
		}
		assertThat(listed).isGreaterThan(50);
		assertThat(xml).doesNotContain("/compare/redis-vs-session").contains("/compare/session-vs-synapse");
	}

	@Test
	void theDemoCatalogDescribesEveryProduct() {
		String demo = "from product p where exists (select 1 from trajectory_revision r where r.product_id = p.id"
				+ " and r.author = 'Sparkpulse editors')";
		assertThat(this.jdbc.sql("select count(*) " + demo).query(Integer.class).single()).isEqualTo(61);
		assertThat(this.jdbc.sql("select count(*) " + demo + """
				 and exists (select 1 from product_facts f where f.product_id = p.id
				   and f.category is not null and f.licence is not null and f.hosting is not null
				   and f.platforms is not null and f.language is not null and f.pricing is not null)
				""").query(Integer.class).single()).isEqualTo(61);
	}

	private static List<String> facts(Document page, String label) {
		Element row = page.selectFirst("#at-a-glance tbody.fact-rows tr:has(th:containsOwn(" + label + "))");
		assertThat(row).as(label).isNotNull();
		return row.select("td").eachText();
	}

}
