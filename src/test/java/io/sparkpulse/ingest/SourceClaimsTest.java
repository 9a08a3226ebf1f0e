package io.sparkpulse.ingest;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.ingest.fetch.CacheValidators;
import io.sparkpulse.support.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Claims and leases: how instances sharing one database keep from fetching a source
 * twice, and how a fetch that lost its lease is kept from storing anything.
 */
@IngestTest
class SourceClaimsTest {

	@Autowired
	SourceClaims claims;

	@Autowired
	FetchOutcomes outcomes;

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	FeedSourceQueries queries;

	@Autowired
	ActivityQueries activity;

	@Autowired
	IngestTestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void cleanUp() {
		this.data.cleanUp();
	}

	@Test
	void aClaimedSourceIsNotClaimedAgainWhileItsLeaseHolds() {
		long source = source("leased");

		Optional<ClaimedSource> first = this.claims.claimNext();

		assertThat(first).map(ClaimedSource::id).contains(source);
		assertThat(this.claims.claimNext()).isEmpty();
		assertThat(this.queries.byId(source).orElseThrow().lastFetchAt()).isEqualTo(FixedClock.NOW);
	}

	@Test
	void aRowAnotherInstanceIsClaimingIsSkippedRatherThanWaitedFor() throws Exception {
		long source = source("contended");
		CountDownLatch claimedButNotCommitted = new CountDownLatch(1);
		CountDownLatch otherInstanceDone = new CountDownLatch(1);
		CompletableFuture<Optional<ClaimedSource>> holder = CompletableFuture
			.supplyAsync(() -> this.transactions.execute((tx) -> {
				Optional<ClaimedSource> claimed = this.claims.claimNext();
				claimedButNotCommitted.countDown();
				await(otherInstanceDone);
				return claimed;
			}));
		assertThat(claimedButNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Optional<ClaimedSource>> other = CompletableFuture.supplyAsync(this.claims::claimNext);
		Optional<ClaimedSource> otherClaim = other.get(30, TimeUnit.SECONDS);
		otherInstanceDone.countDown();

		assertThat(otherClaim).as("SKIP LOCKED passes over the row being claimed").isEmpty();
		assertThat(holder.get(30, TimeUnit.SECONDS)).map(ClaimedSource::id).contains(source);
	}

	@Test
	void anExpiredLeaseLetsAnotherInstanceTakeOverAndTheFirstCannotStoreAnything() {
		long source = source("expired");
		ClaimedSource stale = this.claims.claimNext().orElseThrow();
		this.jdbc.sql("update feed_source set lease_until = :past where id = :id")
			.param("past", Timestamp.from(FixedClock.NOW.minusSeconds(1)))
			.param("id", source)
			.update();

		ClaimedSource takeover = this.claims.claimNext().orElseThrow();

		assertThat(takeover.id()).isEqualTo(source);
		assertThat(takeover.lease()).isNotEqualTo(stale.lease());
		assertThatExceptionOfType(LeaseLostException.class)
			.isThrownBy(() -> this.outcomes.succeeded(stale, CacheValidators.NONE, entries()));
		assertThatExceptionOfType(LeaseLostException.class).isThrownBy(() -> this.outcomes.failed(stale, "late"));
		assertThat(this.activity.countOf(productOf(source))).isZero();
		assertThat(this.queries.byId(source).orElseThrow().lastError()).isNull();

		this.outcomes.succeeded(takeover, CacheValidators.NONE, entries());
		assertThat(this.activity.countOf(productOf(source))).isEqualTo(1);
	}

	@Test
	void changingASourceDuringAFetchDropsThatFetchsResults() {
		long source = source("changed-mid-fetch");
		ClaimedSource inFlight = this.claims.claimNext().orElseThrow();

		this.sources.update(source, new FeedSourceDraft("https://lumen.example.org/moved.atom", FeedKind.RELEASES));

		assertThatExceptionOfType(LeaseLostException.class)
			.isThrownBy(() -> this.outcomes.succeeded(inFlight, CacheValidators.NONE, entries()));
		assertThat(this.activity.countOf(productOf(source))).isZero();
		assertThat(this.claims.claimNext()).map(ClaimedSource::url).contains("https://lumen.example.org/moved.atom");
	}

	@Test
	void sourcesOfRetiredProductsAreNotClaimed() {
		long source = source("retired");
		this.jdbc.sql("update product set retired_at = :now where id = :id")
			.param("now", Timestamp.from(FixedClock.NOW))
			.param("id", productOf(source))
			.update();
		assertThat(this.claims.claimNext()).isEmpty();
	}

	private long source(String name) {
		return this.sources.add(this.data.product(name),
				new FeedSourceDraft("https://lumen.example.org/" + name + ".atom", FeedKind.RELEASES));
	}

	private long productOf(long source) {
		return this.queries.byId(source).orElseThrow().productId();
	}

	private static List<SourcedActivity> entries() {
		return List.of(new SourcedActivity("urn:1", FixedClock.TODAY, ActivityKind.RELEASE, "v1.0", null, null));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
