package io.sparkpulse.ingest;

import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.ingest.FeedServer.Response;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.web.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the admin pages will do with feed sources: add, change, remove, re-add, and read
 * their health.
 */
@IngestTest
class FeedSourcesTest {

	@Autowired
	FeedSourceCommands sources;

	@Autowired
	FeedSourceQueries queries;

	@Autowired
	FeedPoller poller;

	@Autowired
	ActivityQueries activity;

	@Autowired
	IngestTestData data;

	@Autowired
	JdbcClient jdbc;

	private final FeedServer server = FeedServer.start();

	@AfterEach
	void cleanUp() {
		this.server.close();
		this.data.cleanUp();
	}

	@Test
	void anAddedSourceIsListedWithItsHealthAndDueAtOnce() {
		long product = this.data.product("sources");
		long id = this.sources.add(product,
				new FeedSourceDraft("  HTTPS://GitHub.com/lumen-example/lumen/releases.atom ", FeedKind.RELEASES));
		long blog = this.sources.add(product,
				new FeedSourceDraft("https://lumen.example.org/blog/rss.xml", FeedKind.BLOG));

		assertThat(this.queries.ofProduct(product)).extracting(FeedSourceStatus::id).containsExactly(id, blog);
		FeedSourceStatus status = this.queries.byId(id).orElseThrow();
		assertThat(status.url()).isEqualTo("https://github.com/lumen-example/lumen/releases.atom");
		assertThat(status.kind()).isEqualTo(FeedKind.RELEASES);
		assertThat(status.health()).isEqualTo(FeedSourceStatus.Health.NOT_FETCHED_YET);
		assertThat(status.nextFetchAt()).isEqualTo(FixedClock.NOW);
		assertThat(status.lastFetchAt()).isNull();
		assertThat(status.lastError()).isNull();
		assertThat(status.itemsFound()).isZero();
	}

	@Test
	void theSameFeedCannotBeFollowedTwiceByOneProduct() {
		long product = this.data.product("twice");
		this.sources.add(product, new FeedSourceDraft("https://lumen.example.org/feed", FeedKind.BLOG));
		assertThatExceptionOfType(FeedSourceRejectedException.class)
			.isThrownBy(() -> this.sources.add(product,
					new FeedSourceDraft("https://LUMEN.example.org/feed#x", FeedKind.RELEASES)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("url");
				assertThat(ex.code()).isEqualTo("feedSource.url.duplicate");
			});
		long other = this.data.product("other");
		this.sources.add(other, new FeedSourceDraft("https://lumen.example.org/feed", FeedKind.BLOG));
	}

	@Test
	void draftsAreValidatedWhateverTheCallerChecked() {
		long product = this.data.product("invalid");
		assertThatExceptionOfType(FeedSourceRejectedException.class)
			.isThrownBy(() -> this.sources.add(product, new FeedSourceDraft("file:///etc/passwd", FeedKind.BLOG)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("feedSource.url.invalid"));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.sources.add(product, new FeedSourceDraft("https://lumen.example.org/feed", null)));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.sources.add(product, new FeedSourceDraft(" ", FeedKind.BLOG)));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.sources.add(product, null));
		assertThat(this.queries.ofProduct(product)).isEmpty();
	}

	@Test
	void unknownProductsAndSourcesAreNotFound() {
		FeedSourceDraft draft = new FeedSourceDraft("https://lumen.example.org/feed", FeedKind.BLOG);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sources.add(-1, draft));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sources.update(-1, draft));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sources.remove(-1));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sources.fetchSoon(-1));
		assertThat(this.queries.byId(-1)).isEmpty();
	}

	@Test
	void changingASourceFetchesItAgainFromScratch() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"))
			.serve("/moved.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("changed");
		long id = this.sources.add(product,
				new FeedSourceDraft(this.server.uri("feeds.test", "/releases.atom").toString(), FeedKind.BLOG));
		this.poller.pollDue();
		assertThat(etag(id)).isNotNull();

		this.sources.update(id,
				new FeedSourceDraft(this.server.uri("feeds.test", "/moved.atom").toString(), FeedKind.RELEASES));

		FeedSourceStatus status = this.queries.byId(id).orElseThrow();
		assertThat(status.url()).endsWith("/moved.atom");
		assertThat(status.kind()).isEqualTo(FeedKind.RELEASES);
		assertThat(status.nextFetchAt()).isEqualTo(FixedClock.NOW);
		assertThat(etag(id)).isNull();
		this.poller.pollDue();
		assertThat(this.server.lastHeader("/moved.atom", "If-None-Match")).isNull();
		assertThat(this.activity.countOf(product)).as("the same entries, re-classified, not duplicated").isEqualTo(4);
	}

	@Test
	void aSourceCannotTakeTheAddressOfAnotherOfTheSameProduct() {
		long product = this.data.product("taken");
		this.sources.add(product, new FeedSourceDraft("https://lumen.example.org/a", FeedKind.BLOG));
		long b = this.sources.add(product, new FeedSourceDraft("https://lumen.example.org/b", FeedKind.BLOG));
		assertThatExceptionOfType(FeedSourceRejectedException.class).isThrownBy(
				() -> this.sources.update(b, new FeedSourceDraft("https://lumen.example.org/a", FeedKind.BLOG)));
		this.sources.update(b, new FeedSourceDraft("https://lumen.example.org/b", FeedKind.RELEASES));
		assertThat(this.queries.byId(b).orElseThrow().kind()).isEqualTo(FeedKind.RELEASES);
	}

	@Test
	void aRemovedSourceIsNoLongerPolledAndAddingItAgainRevivesItWithoutDuplicatingItems() {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		long product = this.data.product("removed");
		String url = this.server.uri("feeds.test", "/releases.atom").toString();
		long id = this.sources.add(product, new FeedSourceDraft(url, FeedKind.RELEASES));
		this.poller.pollDue();

		this.sources.remove(id);

		assertThat(this.queries.ofProduct(product)).isEmpty();
		assertThat(this.queries.byId(id)).isEmpty();
		assertThat(this.activity.countOf(product)).as("its items stay").isEqualTo(4);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sources.fetchSoon(id));
		this.jdbc.sql("update feed_source set next_fetch_at = next_fetch_at - interval '1 day' where id = :id")
			.param("id", id)
			.update();
		assertThat(this.poller.pollDue()).isZero();

		assertThat(this.sources.add(product, new FeedSourceDraft(url, FeedKind.RELEASES))).isEqualTo(id);
		assertThat(this.queries.byId(id).orElseThrow().itemsFound()).isEqualTo(4);
		assertThat(this.poller.pollDue()).isEqualTo(1);
		assertThat(this.activity.countOf(product)).isEqualTo(4);
	}

	private String etag(long id) {
		return this.jdbc.sql("select etag from feed_source where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getString("etag"))
			.list()
			.get(0);
	}

}
