package io.sparkpulse.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors and feeds write moves of products in one sector at the same time: each write
 * re-ranks the sector, rewriting the other products' score rows, and none of them may
 * fail for it (a deadlock between two such writers answered an editor 503).
 */
@PageTest
class ConcurrentScoreWritesTest {

	private static final int WRITERS = 4;

	private static final int WRITES_EACH = 15;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writersOfOneSectorReRankItTogetherWithoutFailing() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		List<Long> products = this.transactions.execute((status) -> {
			long sector = this.catalog.createSector(new NewSector("race-" + key, "Race " + key, ""));
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < WRITERS * 2; i++) {
				ids.add(this.catalog.createProduct(new NewProduct("race-" + i + "-" + key, "Race " + i + " " + key,
						sector, "Headline", "", null, null, List.of())));
			}
			return ids;
		});
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		for (int writer = 0; writer < WRITERS; writer++) {
			int first = writer;
			pool.submit(() -> {
				start.await();
				for (int n = 0; n < WRITES_EACH; n++) {
					// Each write lifts another product, so the sector's order keeps
					// moving.
					long product = products.get((first + n * WRITERS) % products.size());
					String title = "Race " + first + "-" + n;
					try {
						this.transactions.executeWithoutResult((status) -> this.activity.record(product,
								new NewActivity(FixedClock.TODAY, ActivityKind.RELEASE, title, null, null, false)));
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

		assertThat(failures).isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from activity_item where product_id = any(:ids)
				""").param("ids", products.toArray(Long[]::new)).query(Integer.class).single())
			.isEqualTo(WRITERS * WRITES_EACH);
		assertThat(this.jdbc.sql("""
				select array_agg(sector_rank order by sector_rank) from product_score where product_id = any(:ids)
				""").param("ids", products.toArray(Long[]::new)).query(String.class).single())
			.isEqualTo("{1,2,3,4,5,6,7,8}");
	}

}
