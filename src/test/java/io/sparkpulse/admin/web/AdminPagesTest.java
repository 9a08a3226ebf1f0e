package io.sparkpulse.admin.web;

import java.util.List;

import io.sparkpulse.admin.AdminPageChecks;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin page renders through the shared layout, is kept out of search engines,
 * labels every field and uses no inline script or style; the audit log lists changes with
 * their before and after.
 */
@PageTest
@Transactional
class AdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor admin;

	@BeforeEach
	void admin() {
		this.admin = new TestAccounts(this.context).ensure("admin@pages.test", Role.ADMIN);
	}

	@Test
	void everyAdminPageIsAccessibleNoindexAndFreeOfInlineCode() throws Exception {
		long synapse = id("select id from product where slug = 'synapse'");
		long item = id("select max(id) from activity_item where product_id = " + synapse);
		long sector = id("select id from sector where slug = 'comms'");
		long theme = id("select id from theme where slug = 'matrix'");
		List<String> paths = List.of("/admin", "/admin/products", "/admin/products?q=syn", "/admin/products/new",
				"/admin/products/" + synapse, "/admin/products/" + synapse + "/trajectory",
				"/admin/products/" + synapse + "/trajectory/revisions",
				"/admin/products/" + synapse + "/trajectory/revisions/1", "/admin/products/" + synapse + "/activity",
				"/admin/products/" + synapse + "/activity/new", "/admin/activity/" + item, "/admin/sectors",
				"/admin/sectors/new", "/admin/sectors/" + sector, "/admin/themes", "/admin/themes/new",
				"/admin/themes/" + theme, "/admin/audit", "/admin/users", "/admin/users/new",
				"/admin/users/" + this.admin.actor().id() + "/password");
		for (String path : paths) {
			Document page = Html
				.parse(this.mvc.perform(get(path).with(user(this.admin))).andExpect(status().isOk()).andReturn());
			AdminPageChecks.assertWellFormedAdminPage(page, path);
		}
	}

	@Test
	void theAuditLogShowsWhoChangedWhatWithBeforeAndAfterFilteredByProduct() throws Exception {
		long synapse = id("select id from product where slug = 'synapse'");
		long version = id("select version from product where id = " + synapse);
		this.mvc
			.perform(post("/admin/products/" + synapse).with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("name", "Synapse")
				.param("sectorId", String.valueOf(id("select sector_id from product where id = " + synapse)))
				.param("headline", "A new headline for the audit")
				.param("summary", "Short.")
				.param("websiteUrl", "https://element-hq.github.io/synapse/")
				.param("repositoryUrl", "https://github.com/element-hq/synapse")
				.param("themes", "matrix\nfederation\nsliding-sync\nsecurity"))
			.andExpect(status().isFound());

		Document log = Html
			.parse(this.mvc.perform(get("/admin/audit?product=synapse").with(user(this.admin))).andReturn());
		Element entry = log.selectFirst(".audit-entry");
		assertThat(entry.selectFirst(".audit-head").text()).contains("15 Jun 2026 12:00 UTC", "Test admin",
				"Edited product Synapse", "Product: update");
		assertThat(entry.selectFirst("time").attr("title")).isEqualTo("Monday 15 June 2026, 12:00:00 UTC");
		assertThat(entry.selectFirst("time").attr("datetime")).isEqualTo("2026-06-15T12:00:00Z");
		assertThat(entry.select("tbody tr").eachText()).contains(
				"Headline The reference Matrix homeserver, written in Python with Rust extensions A new headline for the audit",
				"Version 0 1");
		assertThat(entry.select("tbody tr").eachText()).noneMatch((row) -> row.startsWith("Name "));
		for (String search : List.of("product=SYNA", "person=ADMIN", "action=product.update",
				"from=2026-06-15&to=2026-06-15",
				"product=synapse&person=admin&action=product.update&from=2026-06-01")) {
			Document found = Html
				.parse(this.mvc.perform(get("/admin/audit?" + search).with(user(this.admin))).andReturn());
			assertThat(found.select(".audit-entry .audit-head").eachText()).as(search)
				.anyMatch((head) -> head.contains("Edited product Synapse"));
		}
		for (String search : List.of("person=nobody-like-this", "action=theme.merge", "to=2026-06-14",
				"from=2026-06-16")) {
			assertThat(Html.parse(this.mvc.perform(get("/admin/audit?" + search).with(user(this.admin))).andReturn())
				.text()).as(search).doesNotContain("A new headline for the audit");
		}
		Document kinds = Html.parse(this.mvc.perform(get("/admin/audit").with(user(this.admin))).andReturn());
		assertThat(kinds.select("#action option").eachText()).contains("Any kind", "Product: update");
		this.mvc.perform(get("/admin/audit?from=15/06/2026").with(user(this.admin))).andExpect(status().isBadRequest());
		assertThat(Html.parse(this.mvc.perform(get("/admin/audit?product=session").with(user(this.admin))).andReturn())
			.text()).doesNotContain("A new headline for the audit");
		assertThat(Html
			.parse(this.mvc.perform(get("/admin/audit?product=no-such-product").with(user(this.admin))).andReturn())
			.select(".audit-entry")).isEmpty();
		this.mvc.perform(get("/admin/audit?page=999").with(user(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/audit?page=abc").with(user(this.admin))).andExpect(status().isBadRequest());
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
