package io.sparkpulse.feeds;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feeds on the demo catalog, fetched the way a feed reader does and parsed back
 * with Rome.
 */
@PageTest
class FeedsTest {

	private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final String READER_ACCEPT = "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	CatalogCommands catalogCommands;

	@Autowired
	ActivityCommands activity;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProductFeedIsAtomWithAbsoluteLinksAndTheNewestMovesFirst() throws Exception {
		String xml = fetch("/products/synapse/feed.atom");
		Element root = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("feed");

		Feed feed = parse(xml);
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		long synapse = this.catalog.product("synapse").orElseThrow().id();
		assertThat(feed.getId()).isEqualTo("tag:sparkpulse,2026:feed/products/" + synapse);
		assertThat(feed.getTitle()).isEqualTo("Synapse: ship moves");
		assertThat(href(feed.getOtherLinks(), "self")).isEqualTo("http://localhost:8080/products/synapse/feed.atom");
		assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo("http://localhost:8080/products/synapse");
		assertThat(feed.getAuthors()).extracting("name").containsExactly("Sparkpulse");

		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSize(23);
		assertThat(entries).extracting(Entry::getUpdated).isSortedAccordingTo((x, y) -> y.compareTo(x));
		assertThat(feed.getUpdated()).isEqualTo(entries.get(0).getUpdated());
		assertThat(entries.get(0).getUpdated())
			.isEqualTo(Date.from(FixedClock.TODAY.minusDays(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		assertThat(entries.get(0).getTitle()).isEqualTo("1.155.0rc1: federation queue and restricted-join fixes");
		assertThat(href(entries.get(0).getAlternateLinks(), "alternate"))
			.startsWith("https://github.com/element-hq/synapse/");
		assertThat(entries)
			.allSatisfy((entry) -> assertThat(entry.getId()).matches("tag:sparkpulse,2026:activity/\\d+"));
		assertThat(entries).extracting(Entry::getId).doesNotHaveDuplicates();
	}

	@Test
	void entryIdsAndDatesAreTheSameOnEveryFetch() throws Exception {
		for (String path : List.of("/feed.atom", "/products/synapse/feed.atom", "/sectors/comms/feed.atom",
				"/compare/session-vs-synapse/feed.atom")) {
			Feed first = parse(fetch(path));
			Feed second = parse(fetch(path));
			assertThat(second.getId()).as(path).isEqualTo(first.getId());
			assertThat(second.getUpdated()).as(path).isEqualTo(first.getUpdated());
			assertThat(second.getEntries()).as(path)
				.extracting(Entry::getId)
				.containsExactlyElementsOf(first.getEntries().stream().map(Entry::getId).toList());
		}
	}

	@Test
	void theSiteFeedHasTheNewest50MovesNamedByProductWithSparksMarked() throws Exception {
		Feed feed = parse(fetch("/feed.atom"));
		assertThat(feed.getId()).isEqualTo("tag:sparkpulse,2026:feed/site");
		assertThat(href(feed.getOtherLinks(), "self")).isEqualTo("http://localhost:8080/feed.atom");
		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSize(FeedService.ENTRIES);
		assertThat(entries).extracting(Entry::getUpdated).isSortedAccordingTo((x, y) -> y.compareTo(x));
		assertThat(entries.stream()
			.map(Entry::getTitle)
			.map((title) -> title.replace("⚡ ", "").split(" — ")[0])
			.collect(Collectors.toSet())).hasSizeGreaterThan(5).contains("Synapse");
		List<Entry> sparks = entries.stream()
			.filter((entry) -> entry.getCategories().stream().anyMatch((c) -> c.getTerm().equals("spark")))
			.toList();
		assertThat(sparks).isNotEmpty().allSatisfy((entry) -> assertThat(entry.getTitle()).startsWith("⚡ "));
		assertThat(entries).filteredOn((entry) -> !sparks.contains(entry))
			.allSatisfy((entry) -> assertThat(entry.getTitle()).doesNotContain("⚡"));
	}

	@Test
	void aSectorFeedHasOnlyItsProducts() throws Exception {
		Feed feed = parse(fetch("/sectors/comms/feed.atom"));
		assertThat(feed.getTitle()).isEqualTo("Comms: ship moves");
		assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo("http://localhost:8080/sectors/comms");
		Set<String> commsPages = this.catalog
			.rankedInSectors(List.of(this.catalog.sector("comms").orElseThrow().id()), List.of(), 100)
			.stream()
			.map((product) -> "http://localhost:8080/products/" + product.slug())
			.collect(Collectors.toSet());
		assertThat(feed.getEntries()).hasSize(FeedService.ENTRIES)
			.allSatisfy((entry) -> assertThat(commsPages).contains(productPage(entry)));
		assertThat(feed.getEntries()).extracting(Entry::getUpdated).isSortedAccordingTo((x, y) -> y.compareTo(x));
	}

	@Test
	void aPairFeedInterleavesBothProductsAndMovesToTheCanonicalOrder() throws Exception {
		this.mvc.perform(get("/compare/synapse-vs-session/feed.atom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/session-vs-synapse/feed.atom"));
		this.mvc.perform(get("/compare/Session-vs-Synapse/feed.atom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/compare/session-vs-synapse/feed.atom"));
		this.mvc.perform(get("/compare/synapse-vs-synapse/feed.atom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/products/synapse/feed.atom"));

		Feed feed = parse(fetch("/compare/session-vs-synapse/feed.atom"));
		assertThat(feed.getTitle()).isEqualTo("Session vs Synapse: ship moves");
		assertThat(href(feed.getAlternateLinks(), "alternate"))
			.isEqualTo("http://localhost:8080/compare/session-vs-synapse");
		assertThat(feed.getEntries()).extracting((entry) -> entry.getTitle().split(" — ")[0])
			.contains("Session", "Synapse")
			.containsOnly("Session", "Synapse");
		assertThat(feed.getEntries()).extracting(Entry::getUpdated).isSortedAccordingTo((x, y) -> y.compareTo(x));
	}

	@Test
	void unknownFeedsAreNotFoundAndUpperCaseMovesToLowerCase() throws Exception {
		for (String path : List.of("/products/nope/feed.atom", "/sectors/nope/feed.atom",
				"/compare/nope-vs-synapse/feed.atom", "/compare/synapse/feed.atom")) {
			this.mvc.perform(get(path).accept(READER_ACCEPT))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("text/html"));
		}
		// MockMvc encodes the % again, which Spring Security's firewall refuses: a client
		// error either way.
		this.mvc.perform(get("/compare/%3Cscript%3E-vs-synapse/feed.atom").accept(READER_ACCEPT))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/products/synapse/feed.rss")).andExpect(status().isNotFound());
		this.mvc.perform(get("/products/Synapse/feed.atom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/products/synapse/feed.atom"));
		this.mvc.perform(get("/sectors/Comms/feed.atom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sectors/comms/feed.atom"));
	}

	@Test
	@Transactional
	void retiredProductsHaveNoFeedAndLeaveTheOthers() throws Exception {
		this.jdbc.sql("update product set retired_at = now() where slug = 'synapse'").update();
		this.mvc.perform(get("/products/synapse/feed.atom").accept(READER_ACCEPT)).andExpect(status().isNotFound());
		this.mvc.perform(get("/compare/session-vs-synapse/feed.atom").accept(READER_ACCEPT))
			.andExpect(status().isNotFound());
		for (String path : List.of("/feed.atom", "/sectors/comms/feed.atom")) {
			assertThat(parse(fetch(path)).getEntries()).as(path)
				.noneMatch((entry) -> productPage(entry).endsWith("/products/synapse"));
		}
	}

	@Test
	@Transactional
	void aMoveWithoutSourceLinksToTheProductPageAndOddCharactersKeepTheFeedValid() throws Exception {
		long synapse = this.catalog.product("synapse").orElseThrow().id();
		this.activity.record(synapse, new NewActivity(FixedClock.TODAY, ActivityKind.ANNOUNCEMENT,
				"Roadmap <post> & \u0007bell", null, null, true));

		Feed feed = parse(fetch("/products/synapse/feed.atom"));
		Entry newest = feed.getEntries().get(0);
		assertThat(newest.getTitle()).isEqualTo("⚡ Roadmap <post> & bell");
		assertThat(href(newest.getAlternateLinks(), "alternate")).isEqualTo("http://localhost:8080/products/synapse");
		assertThat(newest.getOtherLinks()).isEmpty();
		assertThat(newest.getSummary().getValue()).isEqualTo("Announcement of Synapse.");
		assertThat(feed.getUpdated())
			.isEqualTo(Date.from(FixedClock.NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS)));
	}

	@Test
	@Transactional
	void aProductWithoutMovesHasAnEmptyFeedDatedByTheCatalogsLastChange() throws Exception {
		long sector = this.catalog.sector("comms").orElseThrow().id();
		this.catalogCommands.createProduct(
				new NewProduct("feed-test-quiet", "Quiet", sector, "Never ships", "", null, null, List.of()));

		Feed feed = parse(fetch("/products/feed-test-quiet/feed.atom"));
		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getUpdated()).isEqualTo(Date.from(FixedClock.NOW));
	}

	@Test
	void eachFeedCostsAFixedHandfulOfStatements() throws Exception {
		assertThat(statementsFor("/products/synapse/feed.atom")).isEqualTo(2);
		assertThat(statementsFor("/compare/session-vs-synapse/feed.atom")).isEqualTo(2);
		assertThat(statementsFor("/sectors/comms/feed.atom")).isEqualTo(3);
		assertThat(statementsFor("/feed.atom")).isEqualTo(2);
	}

	private int statementsFor(String path) throws Exception {
		this.statements.reset();
		fetch(path);
		return this.statements.count();
	}

	private String fetch(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).accept(READER_ACCEPT))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static Feed parse(String xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static String href(List<Link> links, String rel) {
		return links.stream().filter((link) -> rel.equals(link.getRel())).findFirst().orElseThrow().getHref();
	}

	/**
	 * The product page an entry belongs to: its related link, or its alternate link when
	 * it has no source.
	 */
	private static String productPage(Entry entry) {
		return entry.getOtherLinks().isEmpty() ? href(entry.getAlternateLinks(), "alternate")
				: href(entry.getOtherLinks(), "related");
	}

}
