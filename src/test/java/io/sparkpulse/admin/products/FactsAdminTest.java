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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors edit a product's category and facts like the product itself: with sources,
 * optimistic locking and an audit entry. Every test's writes are rolled back, so each
 * test is one transaction: it gets longer than a request's, for the first admin pages a
 * test renders.
 */
@PageTest
@Transactional(timeout = 60)
class FactsAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long zulip;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@facts.test", Role.EDITOR);
		this.zulip = this.jdbc.sql("select id from product where slug = 'zulip'").query(Long.class).single();
	}

	@Test
	void anEditorChangesFactsAndTheComparePageShowsThemWithTheirSource() throws Exception {
		Document form = Html
			.parse(this.mvc.perform(get("/admin/products/" + this.zulip + "/facts").with(user(this.editor)))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(form.selectFirst("#category").val()).isEqualTo("team chat");
		assertThat(form.selectFirst("#licence").val()).isEqualTo("Apache-2.0");
		this.mvc
			.perform(save(form.selectFirst("input[name=version]").val(), "language", "Python and TypeScript",
					"languageSource", "https://github.com/zulip/zulip/blob/main/README.md", "languageCheckedOn",
					"2026-06-10"))
			.andExpect(redirectedUrl("/admin/products/" + this.zulip + "/facts"));

		Document compare = Html.fetch(this.mvc, "/compare/mattermost-vs-zulip");
		assertThat(compare.select("#at-a-glance tr:has(th:containsOwn(Main language)) td").eachText()).element(1)
			.asString()
			.startsWith("Python and TypeScript");
		assertThat(compare.select(".fact-sources li").eachText())
			.contains("Checked 10 Jun 2026 against https://github.com/zulip/zulip/blob/main/README.md");
		assertThat(this.jdbc
			.sql("select action, summary, after_state from audit_entry where entity_type = 'facts'"
					+ " and entity_id = :id order by id desc limit 1")
			.param("id", this.zulip)
			.query((rs, row) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3))
			.single()).startsWith("facts.update | Edited the facts of Zulip | ").contains("Python and TypeScript");
	}

	@Test
	void aFactWithoutItsSourceOrDayOrASourceWithoutAFactIsRefused() throws Exception {
		long before = version();
		Document page = Html.parse(this.mvc
			.perform(save(String.valueOf(before), "licence", "MIT", "licenceSource", "", "licenceCheckedOn", "",
					"firstRelease", "", "firstReleaseSource", "https://zulip.com", "firstReleaseCheckedOn",
					"2026-06-01", "pricingCheckedOn", "2027-01-01", "adoptionMeasure", ""))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#licenceSource-error").text())
			.isEqualTo("Give the address this fact was checked against.");
		assertThat(page.selectFirst("#licenceCheckedOn-error").text()).isEqualTo("Give the day this fact was checked.");
		assertThat(page.selectFirst("#firstRelease-error").text()).startsWith("Enter the fact itself");
		assertThat(page.selectFirst("#pricingCheckedOn-error").text()).contains("future");
		assertThat(page.selectFirst("#adoptionMeasure-error").text()).contains("what it counts");
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void aLicenceThatIsNotSpdxIsRefused() throws Exception {
		Document page = Html.parse(this.mvc.perform(save(String.valueOf(version()), "licence", "GPL v3 (mostly)"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#licence-error").text()).startsWith("Enter an SPDX identifier");
	}

	@Test
	void aSaveStartedFromAnOlderVersionShowsBothAndSavesNothing() throws Exception {
		String started = String.valueOf(version());
		this.mvc.perform(save(started, "category", "forum-style chat")).andExpect(status().isFound());
		Document page = Html
			.parse(this.mvc.perform(save(started, "category", "threaded chat")).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".conflict tbody tr").eachText())
			.containsExactly("Category forum-style chat threaded chat");
		assertThat(this.jdbc.sql("select category from product_facts where product_id = :id")
			.param("id", this.zulip)
			.query(String.class)
			.single()).isEqualTo("forum-style chat");
	}

	@Test
	void anUnknownProductHasNoFactsForm() throws Exception {
		this.mvc.perform(get("/admin/products/987654/facts").with(user(this.editor))).andExpect(status().isNotFound());
	}

	/**
	 * A save of Zulip's demo facts from {@code version}, with {@code fields} (name,
	 * value...) in their place.
	 */
	private MockHttpServletRequestBuilder save(String version, String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("category", "team chat");
		for (String fact : new String[] { "licence", "hosting", "platforms", "language", "pricing", "firstRelease" }) {
			values.put(fact + "Source", "https://zulip.com");
			values.put(fact + "CheckedOn", "2026-06-01");
		}
		values.put("licence", "Apache-2.0");
		values.put("hosting", "BOTH");
		values.put("platforms", "Web, Linux");
		values.put("language", "Python");
		values.put("pricing", "FREEMIUM");
		values.put("firstRelease", "2015");
		values.put("adoptionCount", "23000");
		values.put("adoptionMeasure", "GitHub stars");
		values.put("adoptionSource", "https://github.com/zulip/zulip");
		values.put("adoptionCheckedOn", "2026-06-01");
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/products/" + this.zulip + "/facts").with(user(this.editor))
			.with(csrf())
			.param("version", version);
		values.forEach(request::param);
		return request;
	}

	private long version() {
		return this.jdbc.sql("select version from product_facts where product_id = :id")
			.param("id", this.zulip)
			.query(Long.class)
			.single();
	}

}
