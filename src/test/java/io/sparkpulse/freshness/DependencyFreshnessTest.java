package io.sparkpulse.freshness;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A write moves the versions of what it changed only: every page that shows the product
 * is rendered again with a new ETag, every other page keeps its copy and its ETag.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
@Import(DependencyFreshnessTest.RecordingPurge.class)
class DependencyFreshnessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityCommands activity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersionWatcher versions;

	@Autowired
	RecordingPurge purges;

	@Autowired
	CatalogCommands catalog;

	/**
	 * Two sectors of three products each, of this test's own (the demo catalog's products
	 * stay as other tests expect them), each with a recent release.
	 */
	private final String run = "f" + Long.toString(System.nanoTime(), 36);

	private final Map<String, Long> ids = new LinkedHashMap<>();

	@BeforeEach
	void twoSectorsOfThree() {
		for (String sector : List.of("a", "b")) {
			long sectorId = this.transactions.execute((tx) -> this.catalog
				.createSector(new NewSector(slug(sector), "Sector " + sector.toUpperCase(Locale.ROOT), "")));
			this.ids.put("sector-" + sector, sectorId);
			for (int i = 1; i <= 3; i++) {
				String product = slug(sector + i);
				long id = this.transactions.execute((tx) -> this.catalog.createProduct(new NewProduct(product,
						"Product " + product, sectorId, "Headline", "", null, null, List.of("freshness"))));
				this.ids.put(sector + i, id);
				record(id, FixedClock.TODAY.minusDays(i), "first release of " + product);
			}
		}
	}

	@Test
	void aWriteToOneProductChangesThePagesThatShowItAndNoOther() throws Exception {
		List<String> showingA1 = List.of("/products/" + slug("a1"), "/compare/" + slug("a1") + "-vs-" + slug("a2"),
				"/compare/" + slug("a1") + "-vs-" + slug("a3"), "/alternatives/" + slug("a1"),
				"/alternatives/" + slug("a2"), "/sectors/" + slug("a"));
		List<String> unrelated = List.of("/products/" + slug("b1"), "/compare/" + slug("b1") + "-vs-" + slug("b2"),
				"/alternatives/" + slug("b1"), "/sectors/" + slug("b"), "/products/firefox");
		Map<String, MvcResult> before = new LinkedHashMap<>();
		for (String path : showingA1) {
			before.put(path, fetch(path, null));
		}
		for (String path : unrelated) {
			before.put(path, fetch(path, null));
		}

		record(this.ids.get("a1"), FixedClock.TODAY, "v99.0 shipped");

		for (String path : unrelated) {
			MvcResult after = fetch(path, before.get(path).getResponse().getHeader("ETag"));
			assertThat(after.getResponse().getStatus()).as(path).isEqualTo(304);
			MvcResult again = fetch(path, null);
			assertThat(again.getModelAndView()).as(path + " served from memory").isNull();
			assertThat(again.getResponse().getContentAsByteArray()).as(path)
				.isEqualTo(before.get(path).getResponse().getContentAsByteArray());
			assertThat(again.getResponse().getHeader("ETag")).as(path)
				.isEqualTo(before.get(path).getResponse().getHeader("ETag"));
		}
		for (String path : showingA1) {
			MvcResult after = fetch(path, before.get(path).getResponse().getHeader("ETag"));
			assertThat(after.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(after.getModelAndView()).as(path + " rendered again").isNotNull();
			assertThat(after.getResponse().getHeader("ETag")).as(path)
				.isNotEqualTo(before.get(path).getResponse().getHeader("ETag"));
		}
		assertThat(fetch("/products/" + slug("a1"), null).getResponse().getContentAsString()).contains("v99.0 shipped");
	}

	@Test
	void pagesNameTheirDependenciesForACdn() throws Exception {
		MvcResult page = fetch("/products/" + slug("a1"), null);
		assertThat(page.getResponse().getHeader("Surrogate-Key").split(" ")).contains("site",
				DependencyKeys.product(this.ids.get("a1")), DependencyKeys.product(this.ids.get("a2")),
				DependencyKeys.sector(this.ids.get("sector-a")));
		assertThat(page.getResponse().getHeader("Cache-Tag").split(","))
			.contains(DependencyKeys.product(this.ids.get("a1")));
		assertThat(fetch("/methodology", null).getResponse().getHeader("Surrogate-Key")).isEqualTo("all site");
	}

	@Test
	void aSectorsRankingMovesOnlyWhenTheOrderChanges() {
		String ranking = DependencyKeys.sector(this.ids.get("sector-a"));
		long a1 = this.ids.get("a1");
		long rankingBefore = this.versions.version(ranking);
		long productBefore = this.versions.version(DependencyKeys.product(a1));

		// Dated before the scoring horizon and before its last move: the product changes,
		// its score and its place do not.
		record(a1, LocalDate.of(2001, 1, 1), "an old note");

		assertThat(this.versions.version(DependencyKeys.product(a1))).isGreaterThan(productBefore);
		assertThat(this.versions.version(ranking)).isEqualTo(rankingBefore);

		long last = this.jdbc.sql("""
				select p.id from product p join product_score s on s.product_id = p.id
				where p.sector_id = :sector order by s.sector_rank desc limit 1
				""").param("sector", this.ids.get("sector-a")).query(Long.class).single();
		for (int i = 0; i < 10; i++) {
			record(last, FixedClock.TODAY.minusDays(i), "release " + i);
		}
		assertThat(this.versions.version(ranking)).isGreaterThan(rankingBefore);
	}

	@Test
	void aCdnIsToldToPurgeTheKeysOfACommittedWriteOnly() {
		long b1 = this.ids.get("b1");
		long b2 = this.ids.get("b2");
		this.purges.purged.clear();

		record(b1, FixedClock.TODAY, "purged release");
		this.transactions.executeWithoutResult((tx) -> {
			this.activity.record(b2,
					new NewActivity(FixedClock.TODAY, ActivityKind.RELEASE, "rolled back", null, null, false));
			tx.setRollbackOnly();
		});

		assertThat(this.purges.purged).isNotEmpty()
			.allSatisfy((keys) -> assertThat(keys).doesNotContain(DependencyKeys.product(b2)));
		assertThat(this.purges.purged.get(0)).contains(DependencyKeys.product(b1), DependencyKeys.PRODUCTS,
				DependencyKeys.ALL);
	}

	static class RecordingPurge implements PurgeHook {

		final List<Set<String>> purged = new CopyOnWriteArrayList<>();

		@Override
		public void purge(Set<String> keys) {
			this.purged.add(keys);
		}

	}

	private void record(long product, LocalDate on, String title) {
		this.transactions.executeWithoutResult((tx) -> this.activity.record(product,
				new NewActivity(on, ActivityKind.RELEASE, title, null, null, false)));
	}

	private String slug(String name) {
		return this.run + "-" + name;
	}

	private MvcResult fetch(String path, String etag) throws Exception {
		var request = get(path);
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.mvc.perform(request).andReturn();
	}

}
