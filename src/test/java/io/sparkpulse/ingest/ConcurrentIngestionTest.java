package io.sparkpulse.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.support.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances storing two feeds of the same product at the same moment: the stored
 * score must count both, whichever commits first.
 */
@IngestTest
class ConcurrentIngestionTest {

	@Autowired
	ActivityCommands activity;

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	IngestTestData data;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		this.data.cleanUp();
	}

	@Test
	void feedsOfOneProductStoredAtOnceByTwoInstancesBothCountInItsScore() throws Exception {
		long product = this.data.product("concurrent");
		long releases = this.sources.add(product,
				new FeedSourceDraft("https://lumen.example.org/releases.atom", FeedKind.RELEASES));
		long blog = this.sources.add(product, new FeedSourceDraft("https://lumen.example.org/blog.rss", FeedKind.BLOG));
		CountDownLatch firstStoredNotCommitted = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.activity.recordFromSource(product, releases, List.of(entry("v2.0", 0)));
				firstStoredNotCommitted.countDown();
				awaitAnotherTransactionWaitingForALock();
			}));
		assertThat(firstStoredNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> this.transactions.executeWithoutResult(
				(tx) -> this.activity.recordFromSource(product, blog, List.of(entry("Lumen 1.9 is out", 14)))));
		first.get(60, TimeUnit.SECONDS);
		second.get(60, TimeUnit.SECONDS);

		// 3.0 for today's release + 1.5 for the one a half-life ago
		assertThat(this.catalog.product(IngestTestData.PREFIX + "concurrent").orElseThrow().velocity())
			.isEqualByComparingTo("4.5");
	}

	private static SourcedActivity entry(String title, int daysAgo) {
		return new SourcedActivity("urn:" + title, FixedClock.TODAY.minusDays(daysAgo), ActivityKind.RELEASE, title,
				null, null);
	}

	/**
	 * Holds the first transaction open until the second one queues behind it (or a
	 * generous while passes, in which case the test checks the sequential case instead).
	 */
	private void awaitAnotherTransactionWaitingForALock() {
		for (int i = 0; i < 300 && waitingForLocks() == 0; i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Asked in a transaction of its own: a transaction sees the activity view as it was
	 * when it first looked.
	 */
	private int waitingForLocks() {
		TransactionTemplate fresh = new TransactionTemplate(this.transactions.getTransactionManager());
		fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return fresh.execute((tx) -> this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'
				""").query(Integer.class).single());
	}

}
