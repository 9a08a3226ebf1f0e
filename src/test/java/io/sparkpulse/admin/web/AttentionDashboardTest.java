package io.sparkpulse.admin.web;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard lists what needs an editor first, each item linked to where it is fixed.
 */
@PageTest
@Transactional
class AttentionDashboardTest {

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
		this.editor = new TestAccounts(this.context).ensure("editor@attention.test", Role.EDITOR);
		this.synapse = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
	}

	@Test
	void failingFeedsStaleAndMissingTrajectoriesAndWaitingItemsAreListedWithLinksToAct() throws Exception {
		long source = this.jdbc.sql("""
				insert into feed_source (product_id, url, kind, next_fetch_at, last_fetch_at, last_error, last_error_at,
				                         consecutive_failures, created_at, updated_at)
				values (:product, 'https://feeds.example.org/synapse.atom', 'RELEASES', :now, :now, 'HTTP 503', :now, 4,
				        :now, :now)
				returning id
				""")
			.param("product", this.synapse)
			.param("now", Timestamp.from(FixedClock.NOW))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into activity_item (product_id, occurred_on, kind, title, summary, source_url, spark, hidden,
				                           feed_source_id, entry_id, review_state, created_at)
				values (:product, date '2026-06-14', 'RELEASE', 'Synapse 9.9 from the feed', '', null, false, false,
				        :source, 'entry-1', 'PENDING', :now)
				""")
			.param("product", this.synapse)
			.param("source", source)
			.param("now", Timestamp.from(FixedClock.NOW))
			.update();
		long noTrajectory = this.jdbc
			.sql("""
					insert into product (slug, name, sector_id, headline, created_at, updated_at)
					select 'aardvark-chat', 'Aardvark Chat', sector_id, 'A chat app nobody has written about yet', :now, :now
					from product where id = :synapse
					returning id
					""")
			.param("synapse", this.synapse)
			.param("now", Timestamp.from(FixedClock.NOW))
			.query(Long.class)
			.single();
		long quiet = this.jdbc.sql("select id from product where slug = 'dendrite'").query(Long.class).single();
		long behind = this.jdbc.sql("select id from product where slug = 'element'").query(Long.class).single();
		int revision = this.jdbc.sql("select max(revision) from trajectory_revision where product_id = :id")
			.param("id", behind)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into trajectory_revision (product_id, revision, headline, current_state, heading, prediction,
				                                 author, created_at)
				values (:id, :revision, 'An old take', 'Old.', 'Old.', 'Old.', 'Test', :at)
				""")
			.param("id", behind)
			.param("revision", revision + 1)
			.param("at", Timestamp.from(FixedClock.NOW.minus(Duration.ofDays(400))))
			.update();
		Document page = Html.parse(this.mvc.perform(get("/admin").with(user(this.editor))).andReturn());

		assertThat(page.select("#failing-feeds li a").eachAttr("href"))
			.contains("/admin/products/" + this.synapse + "/feeds");
		assertThat(page.selectFirst("#failing-feeds li").text()).contains("failed 4 times in a row", "HTTP 503");
		assertThat(page.select("#stale-trajectories li a").eachAttr("href"))
			.contains("/admin/products/" + behind + "/trajectory")
			.doesNotContain("/admin/products/" + quiet + "/trajectory");
		assertThat(page.selectFirst("#stale-trajectories li").text())
			.containsPattern("Editorial updated \\d+ days ago");
		assertThat(page.select("#without-trajectory li a").eachAttr("href"))
			.contains("/admin/products/" + noTrajectory + "/trajectory");
		assertThat(page.select("#awaiting-review li").eachText()).contains("Synapse: Synapse 9.9 from the feed");
		assertThat(page.selectFirst("#awaiting-review a").attr("href")).isEqualTo("/admin/review");
	}

	@Test
	void aPredictionWhoseDueDateHasComeWithoutAGradeIsListedWithALinkToGradeIt() throws Exception {
		long prediction = this.jdbc.sql("""
				insert into prediction (product_id, revision, statement, made_at, due_on, created_at)
				values (:product, null, 'Synapse drops its legacy room versions within the year.', :made, :due, :made)
				returning id
				""")
			.param("product", this.synapse)
			.param("made", Timestamp.from(FixedClock.NOW.minus(Duration.ofDays(400))))
			.param("due", Date.valueOf(FixedClock.TODAY.minusDays(1)))
			.query(Long.class)
			.single();

		Document page = Html.parse(this.mvc.perform(get("/admin").with(user(this.editor))).andReturn());

		assertThat(page.select("#predictions-due li a").eachAttr("href")).contains("/admin/predictions/" + prediction);
		assertThat(page.select("#predictions-due li").eachText()).anySatisfy((item) -> assertThat(item)
			.contains("Grade the Synapse prediction", "Synapse drops its legacy room versions within the year."));
	}

}
