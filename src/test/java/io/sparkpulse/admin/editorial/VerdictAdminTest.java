package io.sparkpulse.admin.editorial;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors write verdicts on pairs as new revisions; the compare page leads with the
 * current one, rendered safely. Every test's writes are rolled back, so each test is one
 * transaction: it gets longer than a request's, for the first admin pages a test renders.
 */
@PageTest
@Transactional(timeout = 60)
class VerdictAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long element;

	long signal;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@verdicts.test", Role.EDITOR);
		this.element = id("element");
		this.signal = id("signal");
	}

	@Test
	void aVerdictWrittenInTheAdminLeadsTheComparePageAndIsAudited() throws Exception {
		this.mvc.perform(
				get("/admin/verdicts/pair").param("first", "signal").param("second", "Element").with(user(this.editor)))
			.andExpect(redirectedUrl(path()));
		Document form = Html
			.parse(this.mvc.perform(get(path()).with(user(this.editor))).andExpect(status().isOk()).andReturn());
		assertThat(form.selectFirst(".meta").text()).startsWith("No verdict written yet");
		this.mvc
			.perform(revise("0",
					"Pick **Element** if you need rooms shared across organisations; pick *Signal* "
							+ "for private chats with friends. <script>alert(1)</script> [x](javascript:alert(2))"))
			.andExpect(redirectedUrl(path()));

		Document compare = Html.fetch(this.mvc, "/compare/element-vs-signal");
		Element verdict = compare.selectFirst("#bottom-line .verdict");
		assertThat(verdict.select(".prose strong").text()).isEqualTo("Element");
		assertThat(verdict.select(".prose em").text()).isEqualTo("Signal");
		// The site's own scripts, loaded from its assets, are the only others.
		assertThat(compare.select("script:not([type=application/ld+json])"))
			.allSatisfy((script) -> assertThat(script.attr("src")).startsWith("/assets/js/"))
			.allSatisfy((script) -> assertThat(script.html()).isEmpty());
		assertThat(verdict.select("script")).isEmpty();
		assertThat(verdict.select("a[href^=javascript]")).isEmpty();
		assertThat(verdict.text()).contains("<script>alert(1)</script>");
		assertThat(this.jdbc
			.sql("select summary from audit_entry where action = 'verdict.revise' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("Wrote revision 1 of the Element vs Signal verdict");
		assertThat(Html.parse(this.mvc.perform(get("/admin/verdicts").with(user(this.editor))).andReturn())
			.select("li a")
			.eachText()).contains("Element vs Signal");
	}

	@Test
	void aSaveStartedFromAnOlderRevisionShowsBothVersionsAndKeepsRevisions() throws Exception {
		this.mvc.perform(revise("0", "First verdict.")).andExpect(status().isFound());
		this.mvc.perform(revise("1", "Second verdict.")).andExpect(status().isFound());
		Document stale = Html
			.parse(this.mvc.perform(revise("1", "A late third verdict.")).andExpect(status().isOk()).andReturn());
		assertThat(stale.select(".conflict tbody tr").eachText())
			.containsExactly("Verdict Second verdict. A late third verdict.");
		assertThat(this.jdbc.sql("select count(*) from verdict_revision where first_id = :a and second_id = :b")
			.param("a", Math.min(this.element, this.signal))
			.param("b", Math.max(this.element, this.signal))
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(Html.fetch(this.mvc, "/compare/element-vs-signal").selectFirst(".verdict .prose").text())
			.isEqualTo("Second verdict.");
		assertThatThrownBy(() -> this.jdbc.sql("delete from verdict_revision").update())
			.hasMessageContaining("never overwritten or deleted");
	}

	@Test
	void anEmptyVerdictOrAnUnknownPairIsRefused() throws Exception {
		Document page = Html.parse(this.mvc.perform(revise("0", "  ")).andExpect(status().isOk()).andReturn());
		assertThat(page.selectFirst("#body-error").text()).isEqualTo("Write the verdict: when to pick which.");
		this.mvc
			.perform(get("/admin/verdicts/pair").param("first", "signal")
				.param("second", "no-such-product")
				.with(user(this.editor)))
			.andExpect(redirectedUrl("/admin/verdicts"));
		this.mvc
			.perform(get("/admin/verdicts/" + Math.max(this.element, this.signal) + "/"
					+ Math.min(this.element, this.signal))
				.with(user(this.editor)))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder revise(String version,
			String body) {
		return post(path()).with(user(this.editor)).with(csrf()).param("version", version).param("body", body);
	}

	private String path() {
		return "/admin/verdicts/" + Math.min(this.element, this.signal) + "/" + Math.max(this.element, this.signal);
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from product where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

}
