package io.sparkpulse.bench;

import java.util.List;

import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.SchemaOfItsOwn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The generator fills an empty database (here a schema of its own, so the shared demo
 * catalog stays untouched) with rows that every constraint accepts and pages can show,
 * and never writes over a catalog.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticCatalogGeneratorTest {

	private static final String SCHEMA = "synthetic_" + ProcessHandle.current().pid();

	@Autowired
	SyntheticCatalogGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	SyntheticCatalogGenerator.Report report;

	@DynamicPropertySource
	static void emptySchema(DynamicPropertyRegistry registry) {
		SchemaOfItsOwn.register(registry, SCHEMA);
	}

	@BeforeAll
	void generate() {
		this.report = this.generator.generate(SyntheticCatalogPlan.of(300, 30_000, 6, FixedClock.NOW));
	}

	@AfterAll
	void dropSchema() {
		this.jdbc.sql("drop schema " + SCHEMA + " cascade").update();
	}

	@Test
	void writesEveryPlannedRow() {
		assertThat(this.report.products()).isEqualTo(300);
		assertThat(count("select count(*) from sector")).isEqualTo(20);
		assertThat(count("select count(*) from product")).isEqualTo(300);
		assertThat(count("select count(*) from activity_item")).isEqualTo(30_000);
		assertThat(count("select count(distinct theme_id) from product_theme")).isGreaterThan(100);
	}

	@Test
	void everyProductHasRankedThemesOneOrTwoRevisionsAndAScoreForToday() {
		assertThat(count(
				"select count(*) from product p where (select count(*) from product_theme t where t.product_id = p.id) not between 3 and 6"))
			.isZero();
		assertThat(count(
				"select count(*) from product p where (select max(rank) from product_theme t where t.product_id = p.id) <> (select count(*) from product_theme t where t.product_id = p.id)"))
			.isZero();
		assertThat(count(
				"select count(*) from product p where (select count(*) from trajectory_revision r where r.product_id = p.id) not between 1 and 2"))
			.isZero();
		assertThat(count("select count(*) from product_score where computed_for = date '2026-06-15'")).isEqualTo(300);
		assertThat(count("select count(distinct score) from product_score")).isGreaterThan(10);
	}

	@Test
	void pagesOfGeneratedProductsRender() throws Exception {
		List<String> slugs = this.jdbc.sql("select slug from product order by slug limit 2").query(String.class).list();
		assertThat(Html.fetch(this.mvc, "/products/" + slugs.get(0)).select("h1").text()).isNotBlank();
		assertThat(Html.fetch(this.mvc, "/alternatives/" + slugs.get(0)).select("h1").text()).isNotBlank();
		assertThat(Html.fetch(this.mvc, "/compare/" + slugs.get(0) + "-vs-" + slugs.get(1)).select("h1").text())
			.isNotBlank();
	}

	@Test
	void refusesToWriteOverAnExistingCatalog() {
		assertThatExceptionOfType(SyntheticCatalogGenerator.CatalogNotEmptyException.class)
			.isThrownBy(() -> this.generator.generate(SyntheticCatalogPlan.of(10, 100, 7, FixedClock.NOW)));
		assertThat(count("select count(*) from product")).isEqualTo(300);
		assertThat(count("select count(*) from activity_item")).isEqualTo(30_000);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
