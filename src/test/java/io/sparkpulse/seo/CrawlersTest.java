package io.sparkpulse.seo;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import io.sparkpulse.catalog.CatalogIndexQueries;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import io.sparkpulse.web.SiteProperties;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What crawlers read: robots.txt, the sitemap index and its children, all parsed and
 * validated.
 */
@PageTest
class CrawlersTest {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogIndexQueries index;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	SiteProperties site;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void robotsKeepsCrawlersOutOfAdminAndSearchAndNamesTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots.lines()).contains("User-agent: *", "Disallow: /admin", "Disallow: /search",
				"Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void theSitemapIndexListsValidChildSitemapsOfAbsoluteSameHostUrls() throws Exception {
		String indexXml = fetch("/sitemap.xml");
		validate(indexXml, "xsd/siteindex.xsd");
		List<String> children = texts(indexXml, "loc");
		assertThat(children).contains(BASE + "/sitemaps/pages.xml", BASE + "/sitemaps/products-1.xml",
				BASE + "/sitemaps/compare-1.xml");
		assertThat(texts(indexXml, "lastmod")).hasSameSizeAs(children);
		List<String> urls = new ArrayList<>();
		for (String child : children) {
			String xml = fetch(child.substring(BASE.length()));
			validate(xml, "xsd/sitemap.xsd");
			assertThat(texts(xml, "lastmod"))
				.allSatisfy((lastmod) -> assertThat(lastmod).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
			urls.addAll(texts(xml, "loc"));
		}
		assertThat(urls).allSatisfy((url) -> assertThat(url).startsWith(BASE + "/"));
		assertThat(urls).doesNotHaveDuplicates();
		assertThat(urls).contains(BASE + "/", BASE + "/sectors", BASE + "/sectors/comms", BASE + "/products/synapse",
				BASE + "/alternatives/synapse");
		assertThat(urls).filteredOn((url) -> url.contains("/compare/")).isNotEmpty().allSatisfy((url) -> {
			String[] pair = url.substring((BASE + "/compare/").length()).split("-vs-");
			assertThat(pair[0]).isLessThan(pair[1]);
		});
		assertThat(urls).noneMatch((url) -> url.contains("/search") || url.contains("/admin"));
	}

	@Test
	void listsOnlyTheComparisonsWorthIndexing() throws Exception {
		int products = productCount();
		int pairs = pairCount();
		assertThat(pairs).isLessThanOrEqualTo(products * 3).isLessThan(products * (products - 1) / 2);
		assertThat(texts(fetch("/sitemaps/compare-1.xml"), "loc")).contains(BASE + "/compare/element-vs-synapse");
	}

	@Test
	void sitemapsSplitAutomaticallyAtTheConfiguredLimit() throws Exception {
		Sitemaps small = new Sitemaps(this.index, this.dataVersion, this.site, new SeoProperties(10, 3));
		String indexXml = small.index();
		validate(indexXml, "xsd/siteindex.xsd");
		List<String> productFiles = texts(indexXml, "loc").stream()
			.filter((loc) -> loc.contains("/products-"))
			.toList();
		assertThat(productFiles).hasSize((productCount() + 4) / 5);
		Set<String> all = new HashSet<>();
		for (String file : productFiles) {
			String name = file.substring(file.lastIndexOf('/') + 1).replace(".xml", "");
			String xml = small.child(name).orElseThrow();
			validate(xml, "xsd/sitemap.xsd");
			List<String> locs = texts(xml, "loc");
			assertThat(locs).hasSizeLessThanOrEqualTo(10);
			all.addAll(locs);
		}
		assertThat(all).hasSize(productCount() * 2);
		assertThat(small.child("products-" + (productFiles.size() + 1))).isEmpty();
	}

	@Test
	void theSitemapIndexCostsTheSameStatementsWhateverTheNumberOfFiles() throws Exception {
		this.statements.reset();
		new Sitemaps(this.index, this.dataVersion, this.site, new SeoProperties(50000, 3)).index();
		int oneFileEach = this.statements.count();
		this.statements.reset();
		Sitemaps small = new Sitemaps(this.index, this.dataVersion, this.site, new SeoProperties(10, 3));
		String indexXml = small.index();
		assertThat(this.statements.count()).isEqualTo(oneFileEach);

		List<String> compareFiles = texts(indexXml, "loc").stream().filter((loc) -> loc.contains("/compare-")).toList();
		assertThat(compareFiles).hasSize((pairCount() + 9) / 10);
		Set<String> pairs = new HashSet<>();
		for (String file : compareFiles) {
			String xml = small.child(file.substring(file.lastIndexOf('/') + 1).replace(".xml", "")).orElseThrow();
			validate(xml, "xsd/sitemap.xsd");
			pairs.addAll(texts(xml, "loc"));
		}
		assertThat(pairs).as("every comparison once, across all files").hasSize(pairCount());
	}

	private int productCount() {
		return this.jdbc.sql("select count(*) from product where retired_at is null").query(Integer.class).single();
	}

	/**
	 * Every comparison the sitemap lists, counted in one file, apart from the paging the
	 * tests check.
	 */
	private int pairCount() {
		return this.index.pairFiles(3, Integer.MAX_VALUE)
			.stream()
			.mapToInt(CatalogIndexQueries.IndexedFile::urls)
			.sum();
	}

	@Test
	void unknownSitemapsAreNotFound() throws Exception {
		this.mvc.perform(get("/sitemaps/nothing.xml").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/products-999.xml").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void trailingSlashesMovePermanentlyToTheCanonicalUrl() throws Exception {
		this.mvc.perform(get("/products/synapse/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/products/synapse"));
		this.mvc.perform(get("/sectors/?x=1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sectors?x=1"));
	}

	private String fetch(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static void validate(String xml, String schema) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		try (var in = CrawlersTest.class.getClassLoader().getResourceAsStream(schema)) {
			factory.newSchema(new StreamSource(in)).newValidator().validate(new StreamSource(new StringReader(xml)));
		}
	}

	private static List<String> texts(String xml, String element) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		NodeList nodes = document.getElementsByTagNameNS(NS, element);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

}
