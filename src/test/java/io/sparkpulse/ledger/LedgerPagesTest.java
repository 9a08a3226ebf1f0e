package io.sparkpulse.ledger;

import java.util.List;
import java.util.Map;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger where readers decide: product and compare pages show predictions with their
 * grades and due dates, sources as numbered notes and corrections under their block; the
 * track record and the corrections list count and list exactly what the ledger holds.
 * Read from the demo catalog as loaded on {@code FixedClock.TODAY} (15 Jun 2026).
 */
@PageTest
class LedgerPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aProductPageListsItsPastPredictionsWithGradeDateAndEvidence() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/postgresql");
		List<String> past = page.select("#past-predictions li").eachText();
		assertThat(past).hasSize(2);
		assertThat(past.get(0)).startsWith("Predicted 22 Dec 2025: Two more betas and a release candidate")
			.contains("— came true, 10 May 2026, see 18.0: asynchronous I/O");
		assertThat(past.get(1)).startsWith("Predicted 21 Apr 2025: 17.1 will arrive")
			.contains("— came true, 30 Jun 2025, see 17.1 and back branches");
		Element evidence = page.selectFirst("#past-predictions li a[rel~=nofollow]");
		assertThat(evidence.attr("href")).startsWith("https://");
		assertThat(page.select("#past-predictions a.record-link").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).matches("/track-record#prediction-\\d+"));
	}

	@Test
	void theCurrentPredictionSaysWhenItFallsDueAndLinksTheTrackRecord() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/prosody");
		Element status = page.selectFirst("#trajectory .prediction-status");
		assertThat(status.text()).startsWith("Falls due 6 Aug 2026.");
		assertThat(status.selectFirst("time").attr("datetime")).isEqualTo("2026-08-06");
		assertThat(status.selectFirst("a").attr("href")).isEqualTo("/track-record");
		assertThat(Html.fetch(this.mvc, "/products/mysql").selectFirst("#trajectory .prediction-status").text())
			.startsWith("Fell due 12 Jun 2026; awaiting its grade.");
	}

	@Test
	void editorialBlocksListTheirSourcesAsNotesNumberedThroughThePage() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/synapse");
		List<Element> lists = page.select("#trajectory ol.source-notes");
		assertThat(lists).hasSize(2);
		assertThat(lists.get(0).attr("start")).isEqualTo("1");
		int first = lists.get(0).select("li").size();
		assertThat(first).isBetween(1, 2);
		assertThat(lists.get(1).attr("start")).isEqualTo(String.valueOf(first + 1));
		assertThat(lists.get(0).selectFirst("li").text()).startsWith("Synapse release notes: ")
			.endsWith("retrieved 12 Jun 2026");
	}

	@Test
	void aCorrectionShowsUnderTheBlockItCorrected() throws Exception {
		Document page = Html.fetch(this.mvc, "/products/firefox");
		List<String> notes = page.select("#trajectory .correction-note").eachText();
		assertThat(notes).containsExactly("Corrected on 9 Jun 2026: An earlier version put the switch for AI features "
				+ "in Firefox 147; it arrived in Firefox 148.");
		Element note = page.selectFirst("#trajectory .correction-note");
		assertThat(note.previousElementSibling().hasClass("prose")).isTrue();
		assertThat(note.previousElementSibling().previousElementSibling().text()).isEqualTo("Current state");
	}

	@Test
	void theComparePageShowsEachProductsLatestGradedPredictionNextToItsCurrentOne() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/postgresql-vs-redis");
		List<Element> columns = page.select("#editorial article");
		assertThat(columns.get(0).selectFirst(".prediction-status").text()).startsWith("Falls due 26 Aug 2026.");
		assertThat(columns.get(0).selectFirst(".last-graded").text())
			.startsWith("Latest graded prediction: Predicted 22 Dec 2025:")
			.contains("— came true, 10 May 2026");
		assertThat(columns.get(1).selectFirst(".last-graded").text()).contains("— did not come true, 17 Dec 2025");
		assertThat(columns.get(1).selectFirst(".prediction-status").text()).startsWith("Falls due 7 Sep 2026.");
	}

	@Test
	void theTrackRecordCountsMatchTheLedger() throws Exception {
		Map<String, Integer> ledger = new java.util.HashMap<>();
		this.jdbc.sql("""
				select g.grade, count(*) as n from prediction p
				cross join lateral (select grade from prediction_grade g where g.prediction_id = p.id
				                    order by sequence desc limit 1) g
				group by g.grade""").query((rs) -> {
			ledger.put(rs.getString("grade"), rs.getInt("n"));
		});
		int graded = ledger.values().stream().mapToInt(Integer::intValue).sum();
		Document page = Html.fetch(this.mvc, "/track-record");

		assertThat(page.select("#by-grade tbody td").eachText()).containsExactly(
				String.valueOf(ledger.getOrDefault("CAME_TRUE", 0)), String.valueOf(ledger.getOrDefault("PARTLY", 0)),
				String.valueOf(ledger.getOrDefault("DID_NOT", 0)), String.valueOf(ledger.getOrDefault("WITHDRAWN", 0)));
		assertThat(page.selectFirst("#by-grade tfoot td").text()).isEqualTo(String.valueOf(graded));
		assertThat(page.selectFirst(".record-share").text())
			.contains("came true: " + ledger.get("CAME_TRUE") + " of " + graded + " graded predictions.");
		assertThat(page.select("#graded li")).hasSize(graded);
		assertThat(page.select("#graded li .grade-withdrawn")).hasSize(1);
		assertThat(
				page.select("#by-sector tbody tr td:last-child").eachText().stream().mapToInt(Integer::parseInt).sum())
			.isEqualTo(graded);
		assertThat(
				page.select("#by-quarter tbody tr td:last-child").eachText().stream().mapToInt(Integer::parseInt).sum())
			.isEqualTo(graded);
		assertThat(graded).isGreaterThanOrEqualTo(25);
		List<String> gradedOn = page.select("#graded li .grade + time").eachAttr("datetime");
		assertThat(gradedOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(java.time.LocalDate.parse(gradedOn.get(gradedOn.size() - 1)))
			.isBefore(java.time.LocalDate.parse(gradedOn.get(0)).minusDays(300));
	}

	@Test
	void aRegradeKeepsTheFirstGradeOnTheRecord() throws Exception {
		Element nextjs = Html.fetch(this.mvc, "/track-record").select("#graded li:contains(Next.js)").first();
		assertThat(nextjs.text()).contains("— partly came true, 6 Apr 2026")
			.contains("Regraded (earlier: did not come true, 2 Mar 2026) because 15.5 delivered what was predicted");
	}

	@Test
	void theMethodologyAndEveryPredictionLinkTheTrackRecord() throws Exception {
		assertThat(Html.fetch(this.mvc, "/methodology").select("a[href=/track-record]")).isNotEmpty();
		assertThat(Html.fetch(this.mvc, "/compare/session-vs-synapse").select("#editorial a[href^=/track-record]"))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void theCorrectionsPageListsEveryCorrectionNewestFirst() throws Exception {
		Document page = Html.fetch(this.mvc, "/corrections");
		List<String> items = page.select(".correction-list li").eachText();
		int total = this.jdbc.sql("select count(*) from trajectory_correction").query(Integer.class).single();
		assertThat(items).hasSize(total);
		assertThat(items.get(0)).startsWith("9 Jun 2026 · Firefox (Current state, revision 2):");
		assertThat(items.get(1)).startsWith("26 May 2026 · PostgreSQL (Current state, revision 2):");
	}

	@Test
	void theTrackRecordAndCorrectionsHaveAtomFeeds() throws Exception {
		for (String path : new String[] { "/track-record/feed.atom", "/corrections/feed.atom" }) {
			String xml = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
			assertThat(feed.select("feed > entry")).as(path).isNotEmpty();
			assertThat(feed.select("feed > entry > id").eachText()).as(path)
				.allMatch((id) -> id.startsWith("tag:sparkpulse,2026:"));
			assertThat(Html.fetch(this.mvc, path.replace("/feed.atom", ""))
				.select("link[rel=alternate][type=application/atom+xml]")
				.attr("href")).as(path).endsWith(path);
		}
	}

	@Test
	void theNewPagesAreInTheSitemapWithValidStructuredData() throws Exception {
		String pages = this.mvc.perform(get("/sitemaps/pages.xml")).andReturn().getResponse().getContentAsString();
		assertThat(pages).contains("/track-record</loc>", "/corrections</loc>");
		for (String path : new String[] { "/track-record", "/corrections", "/products/postgresql",
				"/compare/postgresql-vs-redis" }) {
			for (Element script : Html.fetch(this.mvc, path).select("script[type=application/ld+json]")) {
				assertThat(this.json.readTree(script.data()).isObject()).as(path).isTrue();
			}
		}
	}

}
