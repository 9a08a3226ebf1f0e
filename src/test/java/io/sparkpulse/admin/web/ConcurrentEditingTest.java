package io.sparkpulse.admin.web;

import io.sparkpulse.admin.EditorForm;
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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors, each in a session of their own, open the same form; the first saves; the
 * second's save, refused as stale, is merged field by field against the version the
 * second started from.
 */
@PageTest
@Transactional
class ConcurrentEditingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor ada;

	SignedInEditor bea;

	long synapse;

	@BeforeEach
	void editors() {
		TestAccounts accounts = new TestAccounts(this.context);
		this.ada = accounts.ensure("ada@merge.test", Role.EDITOR);
		this.bea = accounts.ensure("bea@merge.test", Role.EDITOR);
		this.synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
	}

	@Test
	void aProductSaveRefusedAsStaleKeepsTheOtherEditorsHeadlineAndSavesOnlyWhatThisEditorChanged() throws Exception {
		EditorForm adas = open(this.ada, "/admin/products/" + this.synapse);
		EditorForm beas = open(this.bea, "/admin/products/" + this.synapse);
		String summaryBefore = column("summary");

		send(this.ada, adas.type("headline", "Ada’s new headline")).andExpect(status().isFound());
		send(this.bea, beas.type("summary", "Bea’s new summary")).andExpect(status().isFound())
			.andExpect(flash().attribute("notice",
					org.hamcrest.Matchers.containsString("had saved changes to Headline; they are kept with yours")));

		assertThat(column("headline")).isEqualTo("Ada’s new headline");
		assertThat(column("summary")).isEqualTo("Bea’s new summary").isNotEqualTo(summaryBefore);
	}

	@Test
	void onlyAFieldBothChangedIsOfferedAsAClashAndResendingNeverRevertsTheOtherEditorsFields() throws Exception {
		EditorForm adas = open(this.ada, "/admin/products/" + this.synapse);
		EditorForm beas = open(this.bea, "/admin/products/" + this.synapse);
		send(this.ada, adas.type("headline", "Ada’s headline").type("name", "Synapse by Ada"))
			.andExpect(status().isFound());

		MvcResult refused = send(this.bea, beas.type("headline", "Bea’s headline").type("summary", "Bea’s summary"))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Html.parse(refused);
		assertThat(page.select(".clashes tbody tr").eachAttr("id")).containsExactly("clash-headline");
		assertThat(page.selectFirst(".merge-taken").text()).contains("Name");
		assertThat(page.selectFirst(".merge-kept").text()).contains("Summary");
		assertThat(page.selectFirst("#name").val()).isEqualTo("Synapse by Ada");
		assertThat(page.selectFirst("#headline").val()).isEqualTo("Bea’s headline");
		assertThat(column("headline")).isEqualTo("Ada’s headline");

		send(this.bea, EditorForm.of(page).type("choice[headline]", "theirs")).andExpect(status().isFound());
		assertThat(column("name")).isEqualTo("Synapse by Ada");
		assertThat(column("headline")).isEqualTo("Ada’s headline");
		assertThat(column("summary")).isEqualTo("Bea’s summary");
	}

	@Test
	void keepingYoursInAClashSavesYoursAndStillKeepsTheirOtherFields() throws Exception {
		EditorForm adas = open(this.ada, "/admin/products/" + this.synapse);
		EditorForm beas = open(this.bea, "/admin/products/" + this.synapse);
		send(this.ada, adas.type("headline", "Ada’s headline").type("name", "Synapse by Ada"))
			.andExpect(status().isFound());
		Document page = Html.parse(send(this.bea, beas.type("headline", "Bea’s headline")).andReturn());

		send(this.bea, EditorForm.of(page)).andExpect(status().isFound());

		assertThat(column("headline")).isEqualTo("Bea’s headline");
		assertThat(column("name")).isEqualTo("Synapse by Ada");
	}

	@Test
	void trajectoryRevisionsFromTheSameStartMergeIntoOneRevisionWithBothChanges() throws Exception {
		String path = "/admin/products/" + this.synapse + "/trajectory";
		EditorForm adas = open(this.ada, path);
		EditorForm beas = open(this.bea, path);

		send(this.ada, adas.type("prediction", "Ada predicts a quieter year.")).andExpect(status().isFound());
		send(this.bea, beas.type("heading", "Bea sees it heading to the enterprise.")).andExpect(status().isFound());

		assertThat(this.jdbc.sql("""
				select prediction || ' | ' || heading from trajectory_revision
				where product_id = :id order by revision desc limit 1
				""").param("id", this.synapse).query(String.class).single())
			.isEqualTo("Ada predicts a quieter year. | Bea sees it heading to the enterprise.");
	}

	@Test
	void anActivityItemEditedByTwoEditorsKeepsTheTitleOfOneAndTheSparkOfTheOther() throws Exception {
		long item = this.jdbc.sql("select max(id) from activity_item where product_id = :id")
			.param("id", this.synapse)
			.query(Long.class)
			.single();
		boolean spark = this.jdbc.sql("select spark from activity_item where id = :id")
			.param("id", item)
			.query(Boolean.class)
			.single();
		EditorForm adas = open(this.ada, "/admin/activity/" + item);
		EditorForm beas = open(this.bea, "/admin/activity/" + item);

		send(this.ada, adas.type("title", "Ada’s title")).andExpect(status().isFound());
		send(this.bea, spark ? beas.untick("spark") : beas.type("spark", "true")).andExpect(status().isFound());

		assertThat(this.jdbc.sql("select title || ' ' || spark from activity_item where id = :id")
			.param("id", item)
			.query(String.class)
			.single()).isEqualTo("Ada’s title " + !spark);
	}

	private EditorForm open(SignedInEditor editor, String path) throws Exception {
		return EditorForm.of(Html.parse(this.mvc.perform(get(path).with(user(editor))).andReturn()));
	}

	private org.springframework.test.web.servlet.ResultActions send(SignedInEditor editor, EditorForm form)
			throws Exception {
		return this.mvc.perform(form.post().with(user(editor)).with(csrf()));
	}

	private String column(String name) {
		return this.jdbc.sql("select " + name + " from product where id = :id")
			.param("id", this.synapse)
			.query(String.class)
			.single();
	}

}
