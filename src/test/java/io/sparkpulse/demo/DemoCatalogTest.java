package io.sparkpulse.demo;

import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalog that a first start loads: big and varied enough that the site looks
 * alive.
 */
@PageTest
class DemoCatalogTest {

	/**
	 * Other tests add products of their own; these are the ones the demo files define.
	 */
	private static final String DEMO_PRODUCTS = "select count(*) from product p join sector s on s.id = p.sector_id"
			+ " where s.slug in ('ai-tooling', 'browsers', 'comms', 'databases', 'observability', 'web-frameworks')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCatalogLoader loader;

	@Test
	void spansAtLeastSixSectorsAndSixtyProducts() {
		assertThat(count("select count(*) from sector")).isGreaterThanOrEqualTo(6);
		assertThat(count("select count(*) from product")).isGreaterThanOrEqualTo(60);
		assertThat(count("select count(*) from product p join sector s on s.id = p.sector_id where s.slug = 'comms'"))
			.isGreaterThanOrEqualTo(12);
	}

	@Test
	void everyDemoProductHasThemesATrajectoryActivityAndAScore() {
		assertThat(count(DEMO_PRODUCTS)).isEqualTo(61);
		assertThat(count(DEMO_PRODUCTS + " and not exists (select 1 from product_theme t where t.product_id = p.id)"))
			.isZero();
		assertThat(count(
				DEMO_PRODUCTS + " and not exists (select 1 from trajectory_revision r where r.product_id = p.id)"))
			.isZero();
		assertThat(count(DEMO_PRODUCTS + " and not exists (select 1 from activity_item a where a.product_id = p.id)"))
			.isZero();
		assertThat(count(DEMO_PRODUCTS + " and not exists (select 1 from product_score s where s.product_id = p.id)"))
			.isZero();
	}

	@Test
	void activityIsSpreadOverTwoYearsUpToTheLoadDate() {
		assertThat(
				this.jdbc.sql("select max(occurred_on) from activity_item").query(java.time.LocalDate.class).single())
			.isBeforeOrEqualTo(FixedClock.TODAY)
			.isAfter(FixedClock.TODAY.minusDays(7));
		assertThat(
				this.jdbc.sql("select min(occurred_on) from activity_item").query(java.time.LocalDate.class).single())
			.isBefore(FixedClock.TODAY.minusDays(600));
	}

	@Test
	void scoresRangeFromQuietToMaximal() {
		assertThat(count("select count(*) from product_score where score = 5.0")).isPositive();
		assertThat(count("select count(*) from product_score where score < 1.0")).isPositive();
		assertThat(count("select count(distinct score) from product_score")).isGreaterThan(10);
	}

	@Test
	void isNeverLoadedOverAnExistingCatalog() {
		int products = count("select count(*) from product");
		assertThat(this.loader.loadIfEmpty()).isFalse();
		assertThat(count("select count(*) from product")).isEqualTo(products);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
