package io.sparkpulse.admin.predictions;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors grade due predictions, regrade only with a reason, and can never alter a graded
 * prediction, through the admin or around it; trajectory saves carry due dates, sources
 * and corrections into the ledger. Every test's writes are rolled back.
 */
@PageTest
@Transactional
class PredictionAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@ledger.test", Role.EDITOR);
	}

	@Test
	void duePredictionsQueueUpForGradingAndTheNavigationCountsThem() throws Exception {
		int due = this.jdbc.sql("""
				select count(*) from prediction p
				where p.due_on <= date '2026-06-15'
				  and not exists (select 1 from prediction_grade g where g.prediction_id = p.id)""")
			.query(Integer.class)
			.single();
		assertThat(due).isPositive();
		Document queue = page("/admin/predictions");
		assertThat(queue.selectFirst("h1").text()).isEqualTo("Predictions to grade (" + due + ")");
		assertThat(queue.select("table.prediction-queue tbody tr")).hasSize(due);
		assertThat(queue.selectFirst("nav.admin-nav a[href=/admin/predictions]").text())
			.isEqualTo("Predictions to grade (" + due + ")");
	}

	@Test
	void aGradeWithItsEvidenceIsOnTheProductPageAndTheTrackRecordAtOnce() throws Exception {
		long mysql = openPrediction("mysql");
		long evidence = item("mysql", "9.4.0 Innovation release");
		this.mvc
			.perform(grade(mysql, "0", "grade", "DID_NOT", "note", "No 9.5 release in the October window.",
					"evidenceActivityId", String.valueOf(evidence)))
			.andExpect(redirectedUrl("/admin/predictions/" + mysql));

		assertThat(Html.fetch(this.mvc, "/products/mysql").selectFirst("#trajectory .prediction-status").text())
			.startsWith("Graded did not come true on 15 Jun 2026: No 9.5 release in the October window.");
		assertThat(Html.fetch(this.mvc, "/track-record").selectFirst("#prediction-" + mysql).text())
			.contains("— did not come true, 15 Jun 2026, see 9.4.0 Innovation release.");
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where action = 'prediction.grade' and entity_id = :id")
					.param("id", mysql)
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aGradedPredictionCannotBeAlteredThroughTheAdmin() throws Exception {
		long react = gradedPrediction("react");
		Document refused = Html.parse(
				this.mvc
					.perform(grade(react, "1", "grade", "DID_NOT", "note", "Changed my mind.", "evidenceUrl",
							"https://example.org/react"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly(
				"This prediction is graded and its grade is never edited. To grade it again, give the reason for "
						+ "the regrade; the first grade stays on the record.");
		assertThat(grades(react)).isEqualTo(1);

		Document stale = Html.parse(
				this.mvc
					.perform(grade(react, "0", "grade", "DID_NOT", "note", "Overwrite.", "evidenceUrl",
							"https://example.org/react", "reason", "Because."))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(stale.select(".conflict")).isNotEmpty();
		assertThat(grades(react)).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesToRewriteAGradedPredictionOrItsGrade() {
		long react = gradedPrediction("react");
		assertRefused("update prediction set statement = 'Rewritten' where id = :id", react, "never changed again");
		assertRefused("update prediction set due_on = due_on + 30 where id = :id", react, "never changed again");
		assertRefused("update prediction_grade set grade = 'DID_NOT' where prediction_id = :id", react,
				"never changed or deleted");
		assertRefused("delete from prediction_grade where prediction_id = :id", react, "never changed or deleted");
		assertRefused("delete from prediction where id = :id", react, "never deleted");
	}

	/**
	 * Runs a statement that must fail inside a savepoint, so the test's transaction goes
	 * on after it.
	 */
	private void assertRefused(String sql, long id, String message) {
		this.jdbc.sql("savepoint refused").update();
		assertThatThrownBy(() -> this.jdbc.sql(sql).param("id", id).update()).hasMessageContaining(message);
		this.jdbc.sql("rollback to savepoint refused").update();
	}

	@Test
	void aRegradeWithItsReasonIsANewDatedRecordBesideTheFirst() throws Exception {
		long react = gradedPrediction("react");
		this.mvc.perform(grade(react, "1", "grade", "PARTLY", "note", "Stable, but only for React 19.", "evidenceUrl",
				"https://example.org/react-compiler", "reason", "The stable release excludes older React versions."))
			.andExpect(redirectedUrl("/admin/predictions/" + react));
		assertThat(grades(react)).isEqualTo(2);
		assertThat(Html.fetch(this.mvc, "/track-record").selectFirst("#prediction-" + react).text())
			.contains("— partly came true, 15 Jun 2026")
			.contains("Regraded (earlier: came true, 22 May 2026) because The stable release excludes");
	}

	@Test
	void evidenceMustBeAnItemOfTheProductOrAnAddress() throws Exception {
		long mysql = openPrediction("mysql");
		Document noEvidence = Html.parse(this.mvc.perform(grade(mysql, "0", "grade", "CAME_TRUE", "note", "Yes."))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(noEvidence.select(".error-summary li").eachText())
			.containsExactly("Give the evidence: an activity item of MySQL or an address.");
		Document otherProduct = Html.parse(
				this.mvc
					.perform(grade(mysql, "0", "grade", "CAME_TRUE", "note", "Yes.", "evidenceActivityId",
							String.valueOf(item("sqlite", "3.50.4"))))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(otherProduct.select(".error-summary li").eachText())
			.containsExactly("Choose an activity item of MySQL.");
		assertThat(grades(mysql)).isZero();
	}

	@Test
	void aNewPredictionEntersTheLedgerWithItsDueDateAndTheOldOneStays() throws Exception {
		long synapse = productId("synapse");
		long before = openPrediction("synapse");
		this.mvc
			.perform(revise(synapse, "ledger.dueOn", "2026-10-01", "prediction", "Sliding Sync becomes the default."))
			.andExpect(redirectedUrl("/admin/products/" + synapse + "/trajectory"));
		Document page = Html.fetch(this.mvc, "/products/synapse");
		assertThat(page.selectFirst("#trajectory .prediction-status").text()).startsWith("Falls due 1 Oct 2026.");
		assertThat(page.select("#past-predictions li").eachText())
			.anySatisfy((line) -> assertThat(line).contains("— open, falls due"));
		assertThat(this.jdbc.sql("select count(*) from prediction where id = :id")
			.param("id", before)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDueDateOfAGradedPredictionCannotBeMovedThroughTheTrajectoryForm() throws Exception {
		long dendrite = productId("dendrite");
		String prediction = this.jdbc.sql("""
				select prediction from trajectory_revision where product_id = :id order by revision desc limit 1""")
			.param("id", dendrite)
			.query(String.class)
			.single();
		Document refused = Html
			.parse(this.mvc.perform(revise(dendrite, "prediction", prediction, "ledger.dueOn", "2026-12-01"))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly(
				"This prediction is graded, so its due date never changes again. Write a new prediction to set a new date.");
	}

	@Test
	void sourcesEnteredWithARevisionShowAsNumberedNotes() throws Exception {
		long synapse = productId("synapse");
		this.mvc
			.perform(revise(synapse, "ledger.currentStateSources",
					"https://example.org/a | Release notes A | 2026-06-10\nhttps://example.org/b | Post B | 2026-06-11",
					"ledger.headingSources", "https://example.org/c | Roadmap C | 2026-06-12"))
			.andExpect(redirectedUrl("/admin/products/" + synapse + "/trajectory"));
		Document page = Html.fetch(this.mvc, "/products/synapse");
		assertThat(page.select("#trajectory ol.source-notes li").eachText()).containsExactly(
				"Release notes A, retrieved 10 Jun 2026", "Post B, retrieved 11 Jun 2026",
				"Roadmap C, retrieved 12 Jun 2026");
		assertThat(page.select("#trajectory ol.source-notes").eachAttr("start")).containsExactly("1", "3");

		Document refused = Html.parse(
				this.mvc
					.perform(revise(synapse, "version", String.valueOf(revisions(synapse)), "ledger.headingSources",
							"https://example.org/c | Roadmap C"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(refused.select(".error-summary li").eachText())
			.containsExactly("Line 1: write the address, the title and the date read, separated by |.");
	}

	@Test
	void aCorrectionNeedsItsPublicNoteAndThenShowsUnderTheBlockAndOnTheCorrectionsPage() throws Exception {
		long synapse = productId("synapse");
		Document refused = Html.parse(
				this.mvc.perform(revise(synapse, "ledger.correction", "true")).andExpect(status().isOk()).andReturn());
		assertThat(refused.select(".error-summary li").eachText())
			.containsExactly("A correction needs a one-line public note saying what was wrong.");

		this.mvc
			.perform(revise(synapse, "ledger.correction", "true", "ledger.correctionNote",
					"The release count was wrong: 14 releases, not 12."))
			.andExpect(redirectedUrl("/admin/products/" + synapse + "/trajectory"));
		assertThat(Html.fetch(this.mvc, "/products/synapse").select("#trajectory .correction-note").eachText())
			.contains("Corrected on 15 Jun 2026: The release count was wrong: 14 releases, not 12.");
		assertThat(Html.fetch(this.mvc, "/corrections").selectFirst(".correction-list li").text())
			.startsWith("15 Jun 2026 · Synapse (")
			.endsWith("The release count was wrong: 14 releases, not 12.");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'trajectory.correct'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private Document page(String path) throws Exception {
		return Html.parse(this.mvc.perform(get(path).with(user(this.editor))).andExpect(status().isOk()).andReturn());
	}

	private MockHttpServletRequestBuilder grade(long id, String version, String... fields) {
		MockHttpServletRequestBuilder request = post("/admin/predictions/" + id + "/grades").with(user(this.editor))
			.with(csrf())
			.param("version", version);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	/**
	 * A trajectory save from the current revision, texts as they are, with {@code fields}
	 * (name, value...) in their place.
	 */
	private MockHttpServletRequestBuilder revise(long productId, String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select headline, current_state, heading, prediction from trajectory_revision
				where product_id = :id order by revision desc limit 1""").param("id", productId).query((rs) -> {
			values.put("headline", rs.getString("headline"));
			values.put("currentState", rs.getString("current_state"));
			values.put("heading", rs.getString("heading"));
			values.put("prediction", rs.getString("prediction"));
		});
		values.put("version", String.valueOf(revisions(productId)));
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/products/" + productId + "/trajectory")
			.with(user(this.editor))
			.with(csrf());
		values.forEach(request::param);
		return request;
	}

	private long productId(String slug) {
		return this.jdbc.sql("select id from product where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private int revisions(long productId) {
		return this.jdbc.sql("select max(revision) from trajectory_revision where product_id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

	private long openPrediction(String slug) {
		return this.jdbc.sql("""
				select p.id from prediction p where p.product_id = :product
				  and not exists (select 1 from prediction_grade g where g.prediction_id = p.id)
				order by p.made_at desc limit 1""").param("product", productId(slug)).query(Long.class).single();
	}

	private long gradedPrediction(String slug) {
		return this.jdbc.sql("""
				select p.id from prediction p where p.product_id = :product
				  and exists (select 1 from prediction_grade g where g.prediction_id = p.id)
				order by p.made_at desc limit 1""").param("product", productId(slug)).query(Long.class).single();
	}

	private long item(String slug, String title) {
		return this.jdbc.sql("select id from activity_item where product_id = :product and title like :title")
			.param("product", productId(slug))
			.param("title", title + "%")
			.query(Long.class)
			.list()
			.get(0);
	}

	private int grades(long prediction) {
		return this.jdbc.sql("select count(*) from prediction_grade where prediction_id = :id")
			.param("id", prediction)
			.query(Integer.class)
			.single();
	}

}
