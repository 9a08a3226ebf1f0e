package io.sparkpulse.demo;

import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalog arrives with a living editorial record, consistent with its own
 * activity: a year of graded predictions of every kind, due ones waiting, sources on
 * every trajectory and two corrections, all dated relative to the load day (15 Jun 2026
 * here).
 */
@PageTest
class DemoLedgerTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOfPredictionsIsGradedWithEveryGradeAndOneWithdrawn() {
		assertThat(
				count("""
						select count(distinct grade) from prediction_grade g
						where g.sequence = (select max(sequence) from prediction_grade o where o.prediction_id = g.prediction_id)"""))
			.isEqualTo(4);
		assertThat(count("select count(*) from prediction_grade where grade = 'WITHDRAWN'")).isEqualTo(1);
		assertThat(count("select count(*) from prediction_grade where sequence > 1 and reason is not null"))
			.isEqualTo(1);
		assertThat(count("select count(distinct prediction_id) from prediction_grade")).isGreaterThanOrEqualTo(25);
		assertThat(count(
				"select count(*) from prediction_grade where graded_on < date '2025-06-15' or graded_on > date '2026-06-15'"))
			.isZero();
		assertThat(count("select (max(graded_on) - min(graded_on)) from prediction_grade")).isGreaterThan(300);
	}

	@Test
	void everyGradeRestsOnAnItemOfItsProductDatedBeforeTheGradeOrOnAnAddress() {
		assertThat(
				count("""
						select count(*) from prediction_grade g join prediction p on p.id = g.prediction_id
						left join activity_item a on a.id = g.evidence_activity_id
						where g.grade <> 'WITHDRAWN'
						  and not (g.evidence_url is not null and g.evidence_activity_id is null)
						  and not (a.product_id = p.product_id and a.occurred_on <= g.graded_on
						           and a.occurred_on >= (p.made_at at time zone 'UTC')::date and a.title = g.evidence_title)"""))
			.isZero();
	}

	@Test
	void duePredictionsAwaitGradingAndOpenOnesFallDueLater() {
		assertThat(count("""
				select count(*) from prediction p where p.due_on <= date '2026-06-15'
				  and not exists (select 1 from prediction_grade g where g.prediction_id = p.id)""")).isPositive();
		assertThat(count("""
				select count(*) from prediction p where p.due_on > date '2026-06-15'
				  and not exists (select 1 from prediction_grade g where g.prediction_id = p.id)""")).isGreaterThan(40);
	}

	@Test
	void everyTrajectoryCitesSourcesAndTwoAreCorrected() {
		assertThat(
				count("""
						select count(*) from (select product_id, max(revision) as revision from trajectory_revision group by product_id) t
						join product p on p.id = t.product_id join sector se on se.id = p.sector_id
						where se.slug in ('ai-tooling', 'browsers', 'comms', 'databases', 'observability', 'web-frameworks')
						  and not exists (select 1 from editorial_source s where s.product_id = t.product_id and s.revision = t.revision)"""))
			.isZero();
		assertThat(count("select count(*) from trajectory_correction")).isEqualTo(2);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
