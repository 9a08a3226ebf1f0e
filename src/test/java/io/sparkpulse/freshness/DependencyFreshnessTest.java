package io.sparkpulse.freshness;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
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

	private static final List<String> SHOWING_SYNAPSE = List.of("/products/synapse", "/compare/session-vs-synapse",
			"/alternatives/synapse", "/alternatives/session", "/sectors/comms");

	private static final List<String> UNRELATED = List.of("/products/firefox", "/compare/chromium-vs-firefox",
			"/alternatives/firefox", "/sectors/browsers");

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

	@Test
	void aWriteToOneProductChangesThePagesThatShowItAndNoOther() throws Exception {
		Map<String, MvcResult> before = fetchAll();
		long synapse = idOf("synapse");

		record(synapse, FixedClock.TODAY, "v99.0 shipped");

		for (String path : UNRELATED) {
			MvcResult after = fetch(path, before.get(path).getResponse().getHeader("ETag"));
			assertThat(after.getResponse().getStatus()).as(path).isEqualTo(304);
			MvcResult again = fetch(path, null);
			assertThat(again.getModelAndView()).as(path + " served from memory").isNull();
			assertThat(again.getResponse().getContentAsByteArray()).as(path)
				.isEqualTo(before.get(path).getResponse().getContentAsByteArray());
			assertThat(again.getResponse().getHeader("ETag")).as(path)
				.isEqualTo(before.get(path).getResponse().getHeader("ETag"));
		}
		for (String path : SHOWING_SYNAPSE) {
			MvcResult after = fetch(path, before.get(path).getResponse().getHeader("ETag"));
			assertThat(after.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(after.getModelAndView()).as(path + " rendered again").isNotNull();
			assertThat(after.getResponse().getHeader("ETag")).as(path)
				.isNotEqualTo(before.get(path).getResponse().getHeader("ETag"));
		}
		assertThat(fetch("/products/synapse", null).getResponse().getContentAsString()).contains("v99.0 shipped");
	}

	@Test
	void pagesNameTheirDependenciesForACdn() throws Exception {
		long synapse = idOf("synapse");
		MvcResult page = fetch("/products/synapse", null);
		assertThat(page.getResponse().getHeader("Surrogate-Key").split(" ")).contains("site",
				DependencyKeys.product(synapse), DependencyKeys.product(idOf("session")));
		assertThat(page.getResponse().getHeader("Cache-Tag").split(",")).contains(DependencyKeys.product(synapse));
		assertThat(fetch("/methodology", null).getResponse().getHeader("Surrogate-Key")).isEqualTo("all site");
	}

	@Test
	void aSectorsRankingMovesOnlyWhenTheOrderChanges() {
		long synapse = idOf("synapse");
		long sector = this.jdbc.sql("select sector_id from product where id = :id")
			.param("id", synapse)
			.query(Long.class)
			.single();
		String ranking = DependencyKeys.sector(sector);
		long rankingBefore = this.versions.version(ranking);
		long productBefore = this.versions.version(DependencyKeys.product(synapse));

		// Dated before the scoring horizon: the product changes, its score does not.
		record(synapse, LocalDate.of(2001, 1, 1), "an old note");

		assertThat(this.versions.version(DependencyKeys.product(synapse))).isGreaterThan(productBefore);
		assertThat(this.versions.version(ranking)).isEqualTo(rankingBefore);

		long last = this.jdbc.sql("""
				select p.id from product p join product_score s on s.product_id = p.id
				where p.sector_id = :sector and p.retired_at is null order by s.sector_rank desc limit 1
				""").param("sector", sector).query(Long.class).single();
		for (int i = 0; i < 40; i++) {
			record(last, FixedClock.TODAY.minusDays(i % 10), "release " + i);
		}
		assertThat(this.versions.version(ranking)).isGreaterThan(rankingBefore);
	}

	@Test
	void aCdnIsToldToPurgeTheKeysOfACommittedWriteOnly() {
		long synapse = idOf("synapse");
		this.purges.purged.clear();

		record(synapse, FixedClock.TODAY, "purged release");
		this.transactions.executeWithoutResult((tx) -> {
			this.activity.record(idOf("session"),
					new NewActivity(FixedClock.TODAY, ActivityKind.RELEASE, "rolled back", null, null, false));
			tx.setRollbackOnly();
		});

		assertThat(this.purges.purged).isNotEmpty()
			.allSatisfy((keys) -> assertThat(keys).doesNotContain(DependencyKeys.product(idOf("session"))));
		assertThat(this.purges.purged.get(0)).contains(DependencyKeys.product(synapse), DependencyKeys.PRODUCTS,
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

	private long idOf(String slug) {
		return this.jdbc.sql("select id from product where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private Map<String, MvcResult> fetchAll() throws Exception {
		Map<String, MvcResult> pages = new LinkedHashMap<>();
		for (String path : SHOWING_SYNAPSE) {
			pages.put(path, fetch(path, null));
		}
		for (String path : UNRELATED) {
			pages.put(path, fetch(path, null));
		}
		return pages;
	}

	private MvcResult fetch(String path, String etag) throws Exception {
		var request = get(path);
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.mvc.perform(request).andReturn();
	}

}
