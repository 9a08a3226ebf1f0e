package io.sparkpulse.admin.editorial;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sparkpulse.admin.EditorForm;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static io.sparkpulse.admin.AdminPageChecks.assertWellFormedAdminPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors write trajectories as new revisions; the public pages show them at once,
 * safely. Every test's writes are rolled back (revisions cannot be deleted).
 */
@PageTest
@Transactional
class TrajectoryAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	long synapse;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@trajectory.test", Role.EDITOR);
		this.synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
	}

	@Test
	void signInWithTheFormEditATrajectoryAndReadItOnTheComparePage() throws Exception {
		MvcResult loginPage = this.mvc.perform(get("/login")).andReturn();
		Cookie session = loginPage.getResponse().getCookie("SESSION");
		MvcResult signedIn = this.mvc
			.perform(post("/login").cookie(session)
				.param("_csrf", Html.parse(loginPage).selectFirst("input[name=_csrf]").val())
				.param("email", "editor@trajectory.test")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		session = signedIn.getResponse().getCookie("SESSION");

		Document form = Html
			.parse(this.mvc.perform(get("/admin/products/" + this.synapse + "/trajectory").cookie(session))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(form.selectFirst("#headline").val()).startsWith("Synapse is in a steady hardening phase");
		this.mvc
			.perform(post("/admin/products/" + this.synapse + "/trajectory").cookie(session)
				.param("_csrf", form.selectFirst("form.admin-form input[name=_csrf]").val())
				.param("version", form.selectFirst("input[name=version]").val())
				.param("headline", "Synapse turns a corner")
				.param("currentState", "Releases now ship *weekly*.")
				.param("heading", "- Sliding Sync everywhere\n- [MSC4452](https://example.org/msc4452)")
				.param("prediction", "Faster federation by autumn."))
			.andExpect(redirectedUrl("/admin/products/" + this.synapse + "/trajectory"));

		Document compare = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		Element synapse = compare.select("#editorial article").get(1);
		assertThat(synapse.selectFirst(".headline").text()).isEqualTo("Synapse turns a corner");
		assertThat(synapse.select(".prose em").text()).isEqualTo("weekly");
		assertThat(synapse.select(".prose li").eachText()).containsExactly("Sliding Sync everywhere", "MSC4452");
		assertThat(synapse.selectFirst(".prose a").attr("href")).isEqualTo("https://example.org/msc4452");
		assertThat(compare.select("#at-a-glance tr:contains(Last editorial update) td").eachText())
			.containsExactly("11 May 2026", "just now");
		assertThat(Html.fetch(this.mvc, "/products/synapse").selectFirst("#trajectory .meta").text())
			.startsWith("Revision 2 by Test editor");
	}

	@Test
	void scriptsAndJavascriptLinksInEditorialTextRenderInertOnThePublicPages() throws Exception {
		this.mvc
			.perform(revise(this.synapse, current(this.synapse), "headline", "<script>alert('headline')</script>",
					"currentState", "<script>alert('state')</script> and <img src=x onerror=alert(1)>", "heading",
					"[Click me](javascript:alert('heading')) and <a href=\"javascript:alert(2)\">raw</a>", "prediction",
					"[data](data:text/html;base64,PHNjcmlwdD4=) ![pixel](https://evil.example/p.gif)"))
			.andExpect(status().isFound());

		for (String path : new String[] { "/compare/session-vs-synapse", "/products/synapse" }) {
			Document page = Html.fetch(this.mvc, path);
			// The site's own scripts, loaded from its assets, are the only others.
			assertThat(page.select("script:not([type=application/ld+json])")).as(path)
				.allSatisfy((script) -> assertThat(script.attr("src")).startsWith("/assets/js/"))
				.allSatisfy((script) -> assertThat(script.html()).isEmpty());
			assertThat(page.select("script[type=application/ld+json]").html()).as(path).doesNotContain("<");
			assertThat(page.select("img")).as(path).isEmpty();
			assertThat(page.select("[onerror], [onclick], [onload]")).as(path).isEmpty();
			assertThat(page.select("a[href]").eachAttr("href")).as(path)
				.noneMatch((href) -> href.toLowerCase().startsWith("javascript:")
						|| href.toLowerCase().startsWith("data:"));
			assertThat(page.text()).as(path)
				.contains("<script>alert('state')</script>", "Click me", "<a href=\"javascript:alert(2)\">raw</a>");
		}
	}

	@Test
	void aSaveStartedFromAnOlderRevisionShowsBothVersionsAndSavesNothing() throws Exception {
		String started = current(this.synapse);
		int saved = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, started, "headline", "First editor’s headline"))
			.andExpect(status().isFound());
		MvcResult stale = this.mvc.perform(revise(this.synapse, started, "headline", "Second editor’s headline"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Html.parse(stale);
		assertThat(page.selectFirst(".conflict strong").text())
			.isEqualTo("Test editor, 15 Jun 2026 12:00 UTC (revision " + saved + ")");
		assertThat(page.select(".clashes tbody tr").eachText())
			.containsExactly("Headline Keep theirs First editor’s headline Keep yours Second editor’s headline");
		assertThat(page.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(saved));
		assertThat(revisions(this.synapse)).isEqualTo(saved);
		assertThat(this.jdbc.sql("select headline from trajectory_revision where product_id = :id and revision = :n")
			.param("id", this.synapse)
			.param("n", saved)
			.query(String.class)
			.single()).isEqualTo("First editor’s headline");
	}

	@Test
	void missingOrOversizeTextKeepsTheFormAndSavesNothing() throws Exception {
		int before = revisions(this.synapse);
		MvcResult result = this.mvc
			.perform(revise(this.synapse, current(this.synapse), "prediction", " ", "currentState", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Html.parse(result);
		assertThat(page.selectFirst("#prediction-error").text()).isEqualTo("Prediction: make a prediction.");
		assertThat(page.selectFirst("#currentState-error").text())
			.isEqualTo("Current state: keep this to 4,000 characters.");
		assertThat(page.selectFirst("#heading").text()).isEqualTo("Heading text.");
		assertThat(revisions(this.synapse)).isEqualTo(before);
	}

	@Test
	void aRevisionPageShowsWhatChangedWordByWord() throws Exception {
		int saved = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, current(this.synapse), "headline", "Synapse is in a steady growth phase"))
			.andExpect(status().isFound());
		Document page = Html.parse(this.mvc
			.perform(get("/admin/products/" + this.synapse + "/trajectory/revisions/" + saved).with(user(this.editor)))
			.andExpect(status().isOk())
			.andReturn());
		Element headline = page.selectFirst("section.diff");
		assertThat(headline.selectFirst("h2").text()).isEqualTo("Headline");
		assertThat(headline.select("ins").eachText()).contains("growth phase");
		assertThat(headline.select("del").eachText()).isNotEmpty();
		Document history = Html.parse(this.mvc
			.perform(get("/admin/products/" + this.synapse + "/trajectory/revisions").with(user(this.editor)))
			.andReturn());
		assertThat(history.select("ol.revisions > li")).hasSize(saved);
		this.mvc.perform(get("/admin/products/" + this.synapse + "/trajectory/revisions/9").with(user(this.editor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRevisionListSaysWhichPartsEachRevisionChangedAndByHowManyWords() throws Exception {
		int plain = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, current(this.synapse))).andExpect(status().isFound());
		this.mvc
			.perform(revise(this.synapse, String.valueOf(plain), "headline", "Headline, signed and shipped",
					"prediction", "Faster."))
			.andExpect(status().isFound());
		Document history = revisionList(this.synapse);
		assertThat(history.select("#revision-" + (plain + 1) + " .revision-changes li").eachText())
			.containsExactly("Headline: +4 −1 words", "Prediction: +1 −1 words");
		assertThat(history.select("#revision-" + (plain + 1) + " .badge").text()).isEqualTo("current");
		assertThat(history.select("#revision-" + (plain + 1) + " a.restore-link")).isEmpty();
		assertThat(history.select("#revision-" + plain + " a.restore-link").attr("href"))
			.isEqualTo("/admin/products/" + this.synapse + "/trajectory/revisions/" + plain + "/restore");
		assertWellFormedAdminPage(history, "revisions");
	}

	@Test
	void restoringAnEarlierRevisionAsksFirstThenSavesItsTextAsANewRevisionAndAuditsIt() throws Exception {
		int plain = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, current(this.synapse))).andExpect(status().isFound());
		this.mvc.perform(revise(this.synapse, String.valueOf(plain), "headline", "A headline to take back"))
			.andExpect(status().isFound());

		String restorePath = "/admin/products/" + this.synapse + "/trajectory/revisions/" + plain + "/restore";
		Document confirm = Html
			.parse(this.mvc.perform(get(restorePath).with(user(this.editor))).andExpect(status().isOk()).andReturn());
		assertWellFormedAdminPage(confirm, restorePath);
		assertThat(confirm.selectFirst("h1").text())
			.isEqualTo("Restore revision " + plain + " of the Synapse trajectory?");
		assertThat(confirm.selectFirst("section.diff del").text()).isEqualTo("A headline to take back");
		assertThat(confirm.selectFirst("section.diff ins").text()).isEqualTo("Headline");
		assertThat(revisions(this.synapse)).as("asking writes nothing").isEqualTo(plain + 1);

		EditorForm yes = EditorForm.of(confirm.selectFirst("form.confirm-form"));
		assertThat(yes.value("version")).isEqualTo(String.valueOf(plain + 1));
		this.mvc.perform(yes.post().with(user(this.editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/products/" + this.synapse + "/trajectory/revisions"))
			.andExpect(flash().attribute("notice", "Revision " + plain + " of the Synapse trajectory is restored as "
					+ "revision " + (plain + 2) + "; it is on the public pages now. Earlier revisions are all kept."));

		assertThat(revisions(this.synapse)).isEqualTo(plain + 2);
		assertThat(headlineOf(plain + 2)).isEqualTo("Headline");
		assertThat(headlineOf(plain + 1)).as("history is never rewritten").isEqualTo("A headline to take back");
		assertThat(Html.fetch(this.mvc, "/products/synapse").selectFirst("#trajectory .headline").text())
			.isEqualTo("Headline");
		assertThat(
				this.jdbc.sql("select summary from audit_entry where action = 'trajectory.restore' and entity_id = :id")
					.param("id", this.synapse)
					.query(String.class)
					.list())
			.containsExactly("Restored revision " + plain + " of the Synapse trajectory as revision " + (plain + 2));
		assertThat(revisionList(this.synapse).select("#revision-" + (plain + 2) + " .revision-changes li").eachText())
			.contains("Same text as revision " + plain + ".", "Headline: +1 −5 words");
	}

	@Test
	void aRestoreConfirmedOnAPageThatIsNoLongerCurrentSavesNothing() throws Exception {
		int plain = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, current(this.synapse))).andExpect(status().isFound());
		String restorePath = "/admin/products/" + this.synapse + "/trajectory/revisions/" + plain + "/restore";
		Document confirm = Html.parse(
				this.mvc
					.perform(
							get("/admin/products/" + this.synapse + "/trajectory/revisions/" + (plain - 1) + "/restore")
								.with(user(this.editor)))
					.andReturn());
		this.mvc.perform(revise(this.synapse, String.valueOf(plain), "headline", "Someone else saved meanwhile"))
			.andExpect(status().isFound());

		this.mvc
			.perform(
					EditorForm.of(confirm.selectFirst("form.confirm-form")).post().with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Someone changed this")));
		assertThat(revisions(this.synapse)).isEqualTo(plain + 1);

		this.mvc.perform(post(restorePath).with(user(this.editor)).param("version", String.valueOf(plain + 1)))
			.andExpect(status().isForbidden());
		assertThat(revisions(this.synapse)).as("no restore without the page's token").isEqualTo(plain + 1);
	}

	@Test
	void theCurrentTextCannotBeRestoredOverItselfAndAnUnknownRevisionIsNotFound() throws Exception {
		int plain = revisions(this.synapse) + 1;
		this.mvc.perform(revise(this.synapse, current(this.synapse))).andExpect(status().isFound());
		this.mvc.perform(revise(this.synapse, String.valueOf(plain), "headline", "Changed"))
			.andExpect(status().isFound());
		this.mvc.perform(revise(this.synapse, String.valueOf(plain + 1))).andExpect(status().isFound());

		String restorePath = "/admin/products/" + this.synapse + "/trajectory/revisions/" + plain + "/restore";
		Document confirm = Html.parse(this.mvc.perform(get(restorePath).with(user(this.editor))).andReturn());
		assertThat(confirm.selectFirst(".problem").text()).contains("already is that of revision " + plain);
		assertThat(confirm.select("form.confirm-form")).isEmpty();
		this.mvc
			.perform(post(restorePath).with(user(this.editor)).with(csrf()).param("version", String.valueOf(plain + 2)))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("nothing to restore")));
		assertThat(revisions(this.synapse)).isEqualTo(plain + 2);

		this.mvc
			.perform(
					get("/admin/products/" + this.synapse + "/trajectory/revisions/99/restore").with(user(this.editor)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/products/" + this.synapse + "/trajectory/revisions/1/restore").with(user(this.editor))
				.with(csrf())
				.param("version", "not a number"))
			.andExpect(status().is4xxClientError());
	}

	private Document revisionList(long productId) throws Exception {
		return Html.parse(
				this.mvc.perform(get("/admin/products/" + productId + "/trajectory/revisions").with(user(this.editor)))
					.andExpect(status().isOk())
					.andReturn());
	}

	private String headlineOf(int revision) {
		return this.jdbc.sql("select headline from trajectory_revision where product_id = :id and revision = :n")
			.param("id", this.synapse)
			.param("n", revision)
			.query(String.class)
			.single();
	}

	/**
	 * A trajectory save from revision {@code version}: plain default texts, with
	 * {@code fields} (name, value, name, value...) in their place.
	 */
	private MockHttpServletRequestBuilder revise(long productId, String version, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("headline", "Headline");
		values.put("currentState", "Current state.");
		values.put("heading", "Heading text.");
		values.put("prediction", "Prediction.");
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/products/" + productId + "/trajectory")
			.with(user(this.editor))
			.with(csrf())
			.param("version", version);
		values.forEach(request::param);
		return request;
	}

	private String current(long productId) {
		return String.valueOf(revisions(productId));
	}

	private int revisions(long productId) {
		return this.jdbc.sql("select coalesce(max(revision), 0) from trajectory_revision where product_id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

}
