package io.sparkpulse.catalog;

import java.util.List;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.support.FixedClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog's tables on real PostgreSQL: what the entities write, and what the database
 * refuses.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogCommands.class, CatalogQueries.class, DataVersion.class, FixedClock.class })
class CatalogPersistenceTest {

	@Autowired
	CatalogCommands commands;

	@Autowired
	CatalogQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProductRepository products;

	@Test
	void aCreatedProductIsReadBackWithItsSectorAndRankedThemes() {
		long sector = this.commands.createSector(new NewSector("test-sector", "Test sector", "For tests."));
		this.commands.createProduct(new NewProduct("test-product", "Test Product", sector, "A product for tests",
				"Summary.", "https://example.org", null, List.of("zeta-theme", "alpha-theme", "matrix")));
		this.products.flush();

		ProductSummary read = this.queries.product("test-product").orElseThrow();
		assertThat(read.name()).isEqualTo("Test Product");
		assertThat(read.sector().slug()).isEqualTo("test-sector");
		assertThat(read.themes()).containsExactly("zeta-theme", "alpha-theme", "matrix");
		assertThat(read.velocity()).isEqualByComparingTo("0.0");
	}

	@Test
	void lockingAProductAfterAnEditInTheSameTransactionReadsTheEditAndItsNewVersion() {
		long sector = this.commands.createSector(new NewSector("edited-sector", "Edited", ""));
		long id = this.commands.createProduct(product("edited-one", sector, List.of("alpha-theme")));
		EditableProduct before = this.commands.lockProduct(id).orElseThrow();

		this.commands.updateProduct(id, before.version(), new ProductChanges("Edited One", sector, "A new headline", "",
				null, null, List.of("matrix", "alpha-theme")));

		EditableProduct after = this.commands.lockProduct(id).orElseThrow();
		assertThat(after.headline()).isEqualTo("A new headline");
		assertThat(after.themes()).containsExactly("matrix", "alpha-theme");
		assertThat(after.version()).isEqualTo(before.version() + 1);
	}

	@Test
	void aProductWithoutActivityRanksInItsSectorBehindScoredOnes() {
		long sector = this.commands.createSector(new NewSector("ranked-sector", "Ranked", ""));
		long quiet = this.commands.createProduct(product("quiet-one", sector, List.of()));
		long busy = this.commands.createProduct(product("busy-one", sector, List.of()));
		this.products.flush();
		this.jdbc.sql("update product_score set score = 2.5, formula_version = 1 where product_id = :id")
			.param("id", busy)
			.update();

		assertThat(this.jdbc.sql("select formula_version from product_score where product_id = :id")
			.param("id", quiet)
			.query(Integer.class)
			.single()).as("a created product starts with a zero score, not computed yet").isZero();
		assertThat(this.queries.rankedInSectors(List.of(sector), List.of(), 5)).extracting(ProductSummary::slug)
			.containsExactly("busy-one", "quiet-one");
		assertThat(this.queries.rankedInSectors(List.of(sector), List.of(busy), 5)).extracting(ProductSummary::slug)
			.containsExactly("quiet-one");
	}

	@Test
	void themesAreSharedBetweenProductsNotDuplicated() {
		long sector = this.commands.createSector(new NewSector("shared-sector", "Shared", ""));
		this.commands.createProduct(product("first-one", sector, List.of("shared-theme")));
		this.commands.createProduct(product("second-one", sector, List.of("shared-theme")));
		this.products.flush();
		assertThat(
				this.jdbc.sql("select count(*) from theme where slug = 'shared-theme'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesMalformedSlugs() {
		long sector = this.commands.createSector(new NewSector("slug-sector", "Slugs", ""));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.commands.createProduct(product("Not A Slug", sector, List.of()));
			this.products.flush();
		});
	}

	@Test
	void theDatabaseRefusesDuplicateSlugs() {
		long sector = this.commands.createSector(new NewSector("dup-sector", "Duplicates", ""));
		this.commands.createProduct(product("dup-product", sector, List.of()));
		this.products.flush();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.commands.createProduct(product("dup-product", sector, List.of()));
			this.products.flush();
		});
	}

	@Test
	void theDatabaseRefusesNonHttpWebsites() {
		long sector = this.commands.createSector(new NewSector("url-sector", "URLs", ""));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.commands.createProduct(new NewProduct("bad-url", "Bad URL", sector, "Headline", "",
					"javascript:alert(1)", null, List.of()));
			this.products.flush();
		});
	}

	private static NewProduct product(String slug, long sector, List<String> themes) {
		return new NewProduct(slug, slug, sector, "Headline of " + slug, "", null, null, themes);
	}

}
