package io.sparkpulse.admin.products;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors create, edit, retire and restore products; every test's writes are rolled back.
 */
@PageTest
@Transactional
class ProductAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long comms;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@products.test", Role.EDITOR);
		this.comms = this.jdbc.sql("select id from sector where slug = 'comms'").query(Long.class).single();
	}

	@Test
	void aNewProductGetsItsSlugFromItsNameIsAuditedAndIsPublicOncePublished() throws Exception {
		this.mvc
			.perform(save(post("/admin/products")).param("name", "Señor Café Chat")
				.param("sectorId", String.valueOf(this.comms))
				.param("headline", "A chat app with an accent")
				.param("websiteUrl", "https://example.org/chat")
				.param("themes", "matrix\nbrand-new-theme")
				.param("newThemes", "brand-new-theme"))
			.andExpect(redirectedUrlPattern("/admin/products/*"))
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Draft “Señor Café Chat” saved.")));
		long id = idOf("senor-cafe-chat");
		this.mvc.perform(get("/products/senor-cafe-chat").accept("text/html")).andExpect(status().isNotFound());

		this.mvc
			.perform(save(post("/admin/products/" + id + "/publish")).param("version", String.valueOf(versionOf(id))))
			.andExpect(redirectedUrl("/admin/products/" + id))
			.andExpect(flash().attribute("publicPath", "/products/senor-cafe-chat"));

		Document page = Html.fetch(this.mvc, "/products/senor-cafe-chat");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Señor Café Chat");
		assertThat(page.text()).contains("matrix, brand-new-theme");
		assertThat(this.jdbc.sql("""
				select a.actor || ' ' || a.action from audit_entry a join product p on p.id = a.product_id
				where p.slug = 'senor-cafe-chat' order by a.id
				""").query(String.class).list()).containsExactly("Test editor product.create",
				"Test editor product.publish");
	}

	@Test
	void invalidInputKeepsTheFormShowsEachErrorNextToItsFieldAndSavesNothing() throws Exception {
		int products = productCount();
		MvcResult result = this.mvc
			.perform(save(post("/admin/products")).param("slug", "Not A Slug")
				.param("name", "  ")
				.param("sectorId", String.valueOf(this.comms))
				.param("headline", "x".repeat(161))
				.param("summary", "Kept as typed")
				.param("websiteUrl", "javascript:alert(1)")
				.param("repositoryUrl", "ftp://example.org/repo"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Html.parse(result);
		assertThat(page.select("#error-summary li")).hasSize(5);
		assertThat(page.selectFirst("#error-summary a[href=#name]").text())
			.isEqualTo("Name: enter the product’s name.");
		assertThat(page.selectFirst("#headline-error").text()).isEqualTo("Headline: keep this to 160 characters.");
		assertThat(page.selectFirst("#websiteUrl-error").text()).startsWith("Website: enter a full address");
		assertThat(page.selectFirst("#repositoryUrl-error").text())
			.startsWith("Source repository: enter a full address");
		assertThat(page.selectFirst("#slug-error").text()).startsWith("Slug: use lower-case letters");
		assertThat(page.selectFirst("#websiteUrl").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#websiteUrl").attr("aria-describedby")).contains("websiteUrl-error");
		assertThat(page.selectFirst("#summary").text()).isEqualTo("Kept as typed");
		assertThat(page.selectFirst("#websiteUrl").val()).isEqualTo("javascript:alert(1)");
		assertThat(productCount()).isEqualTo(products);
	}

	@Test
	void fieldErrorsAndATakenSlugComeInOneRoundEachNamingItsField() throws Exception {
		int products = productCount();
		Document page = Html.parse(
				this.mvc
					.perform(save(post("/admin/products")).param("slug", "synapse")
						.param("name", "Another Synapse")
						.param("sectorId", "999999")
						.param("headline", "A valid headline")
						.param("summary", "s".repeat(2001))
						.param("websiteUrl", "ftp://example.org")
						.param("repositoryUrl", "ftp://example.org/repo")
						.param("themes", "Bad Theme"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.select("#error-summary li a").eachText()).containsExactlyInAnyOrder(
				"Summary: keep this to 2,000 characters.",
				"Website: enter a full address starting with https:// (or http://).",
				"Source repository: enter a full address starting with https:// (or http://).",
				"Slug: “synapse” is taken by another product (perhaps a retired one), so choose another.",
				"Sector: choose one of the sectors listed.",
				"Themes: Theme slugs use lower-case letters, digits and single dashes; check: Bad Theme.");
		assertThat(productCount()).isEqualTo(products);
	}

	@Test
	void limitedFieldsSayTheirLimitAndNeverLetTheBrowserCutText() throws Exception {
		Document page = Html.parse(this.mvc.perform(get("/admin/products/new").with(user(this.editor))).andReturn());
		assertThat(page.select(".admin-form input[maxlength], .admin-form textarea[maxlength]")).isEmpty();
		assertThat(page.selectFirst("#summary").attr("data-limit")).isEqualTo("2000");
		assertThat(page.selectFirst("#summary-count").text()).isEqualTo("Up to 2,000 characters.");
		assertThat(page.selectFirst("#summary").attr("aria-describedby")).contains("summary-count");
		assertThat(page.selectFirst("script[src*=/assets/js/admin-fields]")).isNotNull();
	}

	@Test
	void theProductListFiltersBySectorAndStatusAndSortsByScoreOrLastUpdate() throws Exception {
		long signal = idOf("signal");
		this.mvc.perform(save(post("/admin/products/" + signal + "/retire")).param("version",
				String.valueOf(versionOf(signal))));
		this.mvc.perform(save(post("/admin/products")).param("name", "Comms Draft")
			.param("sectorId", String.valueOf(this.comms))
			.param("headline", "A draft in comms"));

		Document retired = list("/admin/products?sector=" + this.comms + "&status=RETIRED");
		assertThat(retired.select("tbody th a").eachText()).containsExactly("Signal");
		assertThat(retired.selectFirst("#sector option[selected]").text()).isEqualTo("Comms");
		assertThat(retired.selectFirst("#status option[selected]").val()).isEqualTo("RETIRED");
		Document drafts = list("/admin/products?status=DRAFT");
		assertThat(drafts.select("tbody th a").eachText()).containsExactly("Comms Draft");
		assertThat(drafts.selectFirst("tbody .badge").text()).isEqualTo("Draft");
		Document published = list("/admin/products?sector=" + this.comms + "&status=PUBLISHED");
		assertThat(published.select("tbody th a").eachText()).isNotEmpty().doesNotContain("Signal", "Comms Draft");

		Document byScore = list("/admin/products?sort=SCORE");
		assertThat(byScore.select("thead th").eachText()).containsExactly("Product", "Sector", "Status", "Score",
				"Last update", "Edit");
		java.util.List<Double> scores = byScore.select("tbody td.num")
			.eachText()
			.stream()
			.filter((text) -> !text.equals("–"))
			.map(Double::valueOf)
			.toList();
		assertThat(scores).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		Document byUpdate = list("/admin/products?sort=UPDATED");
		assertThat(byUpdate.select("tbody time").eachAttr("datetime").stream().map(java.time.Instant::parse).toList())
			.hasSizeGreaterThan(5)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(byUpdate.selectFirst("tbody time").attr("title"))
			.matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC");
		assertThat(byUpdate.selectFirst("tbody time").attr("datetime")).isNotBlank();

		this.mvc.perform(get("/admin/products?status=LOST").with(user(this.editor))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/products?sector=abc").with(user(this.editor))).andExpect(status().isBadRequest());
	}

	private Document list(String path) throws Exception {
		return Html.parse(this.mvc.perform(get(path).with(user(this.editor))).andExpect(status().isOk()).andReturn());
	}

	@Test
	void businessRulesAreFieldErrorsToo() throws Exception {
		int products = productCount();
		Document taken = Html
			.parse(this.mvc.perform(valid(post("/admin/products")).param("slug", "synapse")).andReturn());
		assertThat(taken.selectFirst("#slug-error").text()).contains("“synapse” is taken");
		Document themes = Html
			.parse(this.mvc.perform(valid(post("/admin/products")).param("themes", "matrix, Bad Theme, matrix"))
				.andReturn());
		assertThat(themes.selectFirst("#themes-error").text()).contains("Bad Theme");
		Document sector = Html.parse(
				this.mvc
					.perform(save(post("/admin/products")).param("name", "Valid Name")
						.param("sectorId", "999999")
						.param("headline", "A valid headline"))
					.andReturn());
		assertThat(sector.selectFirst("#sectorId-error").text()).isEqualTo("Sector: choose one of the sectors listed.");
		assertThat(productCount()).isEqualTo(products);
	}

	@Test
	void aSaveFromAStaleVersionShowsBothVersionsAndSavesNothing() throws Exception {
		long id = idOf("synapse");
		Document form = Html.parse(this.mvc.perform(get("/admin/products/" + id).with(user(this.editor))).andReturn());
		String version = form.selectFirst("input[name=version]").val();

		this.mvc.perform(edit(id, version, "Synapse (first editor)")).andExpect(redirectedUrl("/admin/products/" + id));
		MvcResult stale = this.mvc.perform(edit(id, version, "Synapse (second editor)"))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Html.parse(stale);
		assertThat(page.selectFirst(".conflict h2").text()).isEqualTo("Someone else saved this while you were editing");
		assertThat(page.selectFirst(".conflict strong").text()).startsWith("Test editor, 15 Jun 2026 12:00 UTC");
		assertThat(page.select(".clashes tbody tr").eachText())
			.containsExactly("Name Keep theirs Synapse (first editor) Keep yours Synapse (second editor)");
		assertThat(page.selectFirst("#name").val()).isEqualTo("Synapse (second editor)");
		assertThat(page.selectFirst("input[name=version]").val()).isNotEqualTo(version);
		assertThat(
				this.jdbc.sql("select name from product where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Synapse (first editor)");
	}

	@Test
	void aRetiredProductsPagesAreGoneAndItLeavesEveryList() throws Exception {
		long id = idOf("signal");
		this.mvc
			.perform(post("/admin/products/" + id + "/retire").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(versionOf(id))))
			.andExpect(redirectedUrl("/admin/products/" + id));

		for (String path : new String[] { "/products/signal", "/products/signal?page=2", "/alternatives/signal",
				"/compare/session-vs-signal", "/compare/signal-vs-session", "/compare/signal-vs-signal" }) {
			MvcResult gone = this.mvc.perform(get(path).accept("text/html")).andExpect(status().isGone()).andReturn();
			assertThat(Html.parse(gone).selectFirst("h1").text()).as(path).isEqualTo("This page is gone");
		}
		this.mvc.perform(get("/compare/signal-vs-nonexistent").accept("text/html")).andExpect(status().isNotFound());
		for (String path : new String[] { "/", "/sectors/comms", "/alternatives/session",
				"/compare/element-vs-session" }) {
			assertThat(Html.fetch(this.mvc, path).select("a[href=/products/signal]")).as(path).isEmpty();
		}
		assertThat(Html.fetch(this.mvc, "/sectors").text()).doesNotContain("Signal");

		Document edit = Html.parse(this.mvc.perform(get("/admin/products/" + id).with(user(this.editor))).andReturn());
		assertThat(edit.select("form[action=/admin/products/" + id + "/restore]")).isEmpty();
		assertThat(edit.selectFirst("a[href=/admin/products/" + id + "/restore]").text()).isEqualTo("Restore Signal…");
		Document confirm = Html
			.parse(this.mvc.perform(get("/admin/products/" + id + "/restore").with(user(this.editor))).andReturn());
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Restore Signal?");
		assertThat(confirm.selectFirst("form.confirm-form button").text()).isEqualTo("Yes, restore Signal");
		this.mvc.perform(get("/products/signal").accept("text/html")).andExpect(status().isGone());
		this.mvc
			.perform(post("/admin/products/" + id + "/restore").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(versionOf(id))))
			.andExpect(redirectedUrl("/admin/products/" + id));
		this.mvc.perform(get("/products/signal")).andExpect(status().isOk());
		assertThat(Html.fetch(this.mvc, "/sectors/comms").select("a[href=/products/signal]")).isNotEmpty();
	}

	@Test
	void retiringWithAStaleVersionDoesNothingAndSaysWhy() throws Exception {
		long id = idOf("element");
		this.mvc
			.perform(post("/admin/products/" + id + "/retire").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(versionOf(id) - 1)))
			.andExpect(redirectedUrl("/admin/products/" + id))
			.andExpect(flash().attribute("problem",
					"Someone changed this since you opened the page, so nothing was done. Check the current version below and try again."));
		this.mvc.perform(get("/products/element")).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder save(MockHttpServletRequestBuilder request) {
		return request.with(user(this.editor)).with(csrf());
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return save(request).param("name", "Valid Name")
			.param("sectorId", String.valueOf(this.comms))
			.param("headline", "A valid headline");
	}

	private MockHttpServletRequestBuilder edit(long id, String version, String name) {
		return save(post("/admin/products/" + id)).param("version", version)
			.param("name", name)
			.param("sectorId", String.valueOf(this.comms))
			.param("headline", "The reference Matrix homeserver")
			.param("themes", "matrix, federation");
	}

	private long idOf(String slug) {
		return this.jdbc.sql("select id from product where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private long versionOf(long id) {
		return this.jdbc.sql("select version from product where id = :id").param("id", id).query(Long.class).single();
	}

	private int productCount() {
		return this.jdbc.sql("select count(*) from product").query(Integer.class).single();
	}

}
