package io.sparkpulse.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.sparkpulse.ingest.FeedServer;
import io.sparkpulse.ingest.FeedServer.Response;
import io.sparkpulse.ingest.TestNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The fetcher against a real HTTP server on loopback, with made-up host names for
 * everything else. The sockets refuse to connect anywhere but loopback, so no test here
 * can reach another machine.
 */
class FeedFetcherTest {

	private static final long FIVE_MB = 5L * 1024 * 1024;

	private static final FetchPolicy POLICY = new FetchPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1),
			Duration.ofSeconds(3), FIVE_MB, 5, "Sparkpulse test");

	private final FeedServer server = FeedServer.start();

	private final TestNetwork.LoopbackOnlySockets sockets = new TestNetwork.LoopbackOnlySockets();

	private final FeedFetcher fetcher = fetcher(new AddressGuard(false, List.of("127.0.0.0/8")));

	@AfterEach
	void stop() {
		this.server.close();
		this.fetcher.close();
		assertThat(this.sockets.refused()).as("connections attempted beyond loopback").isEmpty();
	}

	@Test
	void fetchesAFeedWithItsValidators() throws Exception {
		this.server.serve("/releases.atom",
				Response.feed("github-releases.atom", "application/atom+xml; charset=utf-8"));

		FetchResult result = this.fetcher.fetch(this.server.uri("/releases.atom"), CacheValidators.NONE);

		assertThat(result.notModified()).isFalse();
		assertThat(new String(result.body(), StandardCharsets.UTF_8)).contains("<title>v2.4.0</title>");
		assertThat(result.validators().etag()).startsWith("\"");
		assertThat(this.server.lastHeader("/releases.atom", "User-Agent")).isEqualTo("Sparkpulse test");
		assertThat(this.server.lastHeader("/releases.atom", "Accept")).startsWith("application/atom+xml");
	}

	@Test
	void anUnchangedFeedAnswersNotModifiedToItsValidators() throws Exception {
		this.server.serve("/releases.atom", Response.feed("github-releases.atom", "application/atom+xml"));
		CacheValidators validators = this.fetcher.fetch(this.server.uri("/releases.atom"), CacheValidators.NONE)
			.validators();

		FetchResult again = this.fetcher.fetch(this.server.uri("/releases.atom"), validators);

		assertThat(again.notModified()).isTrue();
		assertThat(again.body()).isNull();
		assertThat(again.validators()).isEqualTo(validators);
		assertThat(this.server.lastHeader("/releases.atom", "If-None-Match")).isEqualTo(validators.etag());
	}

	@Test
	void aServerErrorIsReportedWithItsStatus() {
		this.server.serve("/feed", Response.status(500));
		assertThat(failure("/feed"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS))
			.hasMessage("HTTP 500 from 127.0.0.1");
	}

	@Test
	void aServerThatSaysNothingTimesOut() {
		this.server.serve("/slow", Response.silentFor(10_000, Response.status(200)));
		assertThat(failure("/slow")).satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.TIMEOUT))
			.hasMessage("Timed out: 127.0.0.1 sent nothing for 1s");
	}

	@Test
	void aBodyThatTricklesOnForeverIsCutAtTheFetchDeadline() {
		this.server.serve("/endless", Response.trickle(100));
		assertThat(failure("/endless"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.TIMEOUT))
			.hasMessage("Timed out: fetching took longer than 3s");
	}

	@Test
	void aTwentyMegabyteBodyIsRefusedAtTheCapWithoutBeingDownloaded() {
		long twentyMb = 20L * 1024 * 1024;
		this.server.serve("/huge", Response.huge(twentyMb, false));

		assertThat(failure("/huge"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.TOO_LARGE))
			.hasMessage("Too large: the feed is over 5 MB");
		assertThat(this.server.bytesSent()).isLessThan(twentyMb);
	}

	@Test
	void aBodyAnnouncedAsTooLargeIsRefusedBeforeReading() {
		this.server.serve("/huge", Response.huge(20L * 1024 * 1024, true));
		assertThat(failure("/huge").reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
	}

	@Test
	void redirectsAreFollowedUpToTheLimit() throws Exception {
		this.server.serve("/feed", Response.feed("blog.rss", "application/rss+xml"));
		for (int i = 1; i <= 6; i++) {
			this.server.serve("/hop" + i, Response.redirect(301 + (i % 2), (i == 5) ? "/feed" : "/hop" + (i + 1)));
		}
		this.server.serve("/hop6", Response.redirect(307, "/hop1"));

		assertThat(this.fetcher.fetch(this.server.uri("/hop1"), CacheValidators.NONE).body()).isNotEmpty();
		assertThat(failure("/hop6"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS))
			.hasMessage("More than 5 redirects");
	}

	@Test
	void aRelativeRedirectStaysOnTheSameCheckedHost() throws Exception {
		this.server.serve("/old", Response.redirect(308, "new?x=1"))
			.serve("/new", Response.feed("blog.rss", "text/xml"));
		URI start = this.server.uri("feeds.test", "/old");
		assertThat(this.fetcher.fetch(start, CacheValidators.NONE).body()).isNotEmpty();
		assertThat(this.server.hits("/new")).isEqualTo(1);
	}

	@Test
	void aRedirectToAHostThatResolvesToAPrivateAddressIsRefusedBeforeConnecting() {
		this.server.serve("/go", Response.redirect(302, "http://private.test:{port}/feed"))
			.serve("/go-metadata", Response.redirect(302, "http://metadata.test/latest/meta-data/"))
			.serve("/feed", Response.feed("blog.rss", "application/rss+xml"));

		assertThat(failure("/go"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.REFUSED_ADDRESS))
			.satisfies((ex) -> assertThat(ex.detail())
				.isEqualTo("Refused: private.test resolves to 10.0.0.7, a private address"))
			.hasMessage("Refused: private.test is not a public host");
		assertThat(failure("/go-metadata"))
			.satisfies((ex) -> assertThat(ex.detail())
				.isEqualTo("Refused: metadata.test resolves to 169.254.169.254, a link-local address"))
			.hasMessage("Refused: metadata.test is not a public host");
		assertThat(this.server.hits("/go")).isEqualTo(1);
		assertThat(this.server.hits("/feed")).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "private.test, 10.0.0.7, a private address", "router.test, 192.168.1.1, a private address",
			"intranet.test, 172.20.0.5, a private address", "cgnat.test, 100.64.1.1, a carrier-grade NAT address",
			"link-local.test, 169.254.10.20, a link-local address",
			"metadata.test, 169.254.169.254, a link-local address", "ula.test, fd00:0:0:0:0:0:0:1, a private address",
			"v6-link-local.test, fe80:0:0:0:0:0:0:1, a link-local address", "mixed.test, 10.0.0.7, a private address" })
	void hostsThatResolveToNonPublicAddressesAreRefusedBeforeConnecting(String host, String address, String reason) {
		FetchException ex = catchThrowableOfType(FetchException.class,
				() -> this.fetcher.fetch(URI.create("http://" + host + "/feed.xml"), CacheValidators.NONE));
		assertThat(ex.reason()).isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
		assertThat(ex.detail()).isEqualTo("Refused: " + host + " resolves to " + address + ", " + reason);
		assertThat(ex).as("what editors see names no address").hasMessage("Refused: " + host + " is not a public host");
	}

	@Test
	void anIpv4MappedIpv6AnswerIsCheckedAsTheIpv4AddressItCarries() {
		FetchException ex = catchThrowableOfType(FetchException.class,
				() -> this.fetcher.fetch(URI.create("https://mapped.test/feed.xml"), CacheValidators.NONE));
		assertThat(ex.reason()).isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
		assertThat(ex.detail()).contains("a link-local address (embedded in an IPv6 address)");
	}

	@Test
	void loopbackIsRefusedUnlessConfigurationAllowsIt() {
		this.server.serve("/feed", Response.feed("blog.rss", "application/rss+xml"));
		try (FeedFetcher strict = fetcher(new AddressGuard(false, List.of()))) {
			FetchException ex = catchThrowableOfType(FetchException.class,
					() -> strict.fetch(this.server.uri("/feed"), CacheValidators.NONE));
			assertThat(ex).hasMessage("Refused: 127.0.0.1 is not a public host");
			assertThat(ex.detail()).isEqualTo("Refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address");
		}
		assertThat(this.server.hits("/feed")).isZero();
	}

	@Test
	void theConnectionGoesToTheAddressTheResolverGaveAndTheGuardChecked() throws Exception {
		this.server.serve("/feed", Response.feed("blog.rss", "application/rss+xml"));
		assertThat(this.fetcher.fetch(this.server.uri("feeds.test", "/feed"), CacheValidators.NONE).body())
			.isNotEmpty();
		assertThat(this.server.lastHeader("/feed", "Host")).isEqualTo("feeds.test:" + this.server.port());
	}

	@Test
	void theTestNetworkStopsABrokenGuardFromReachingAnotherMachine() {
		try (FeedFetcher unguarded = fetcher(new AddressGuard(true, List.of()))) {
			FetchException ex = catchThrowableOfType(FetchException.class,
					() -> unguarded.fetch(URI.create("http://private.test/feed.xml"), CacheValidators.NONE));
			assertThat(ex.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
		}
		assertThat(this.sockets.refused()).containsExactly(new InetSocketAddress(TestNetwork.ip("10.0.0.7"), 80));
		this.sockets.refused().clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://feeds.test/feed.xml", "gopher://feeds.test/",
			"javascript:alert(1)", "http:///no-host" })
	void onlyHttpAndHttpsAddressesAreFetched(String address) {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.fetcher.fetch(URI.create(address), CacheValidators.NONE))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.UNSUPPORTED_URL));
	}

	@Test
	void aRedirectToAnotherSchemeIsRefused() {
		this.server.serve("/go", Response.redirect(302, "file:///etc/passwd"));
		assertThat(failure("/go").reason()).isEqualTo(FetchException.Reason.UNSUPPORTED_URL);
	}

	@Test
	void anHtmlPageIsNotAFeed() {
		this.server.serve("/", Response.feed("not-a-feed.html", "text/html; charset=utf-8"));
		assertThat(failure("/")).satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.NOT_A_FEED))
			.hasMessage("Not a feed: 127.0.0.1 sent text/html");
	}

	@Test
	void unknownHostsAndClosedPortsAreUnreachable() throws IOException {
		assertThat(catchThrowableOfType(FetchException.class,
				() -> this.fetcher.fetch(URI.create("http://nowhere.test/feed"), CacheValidators.NONE)))
			.hasMessage("Unknown host nowhere.test");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		assertThat(catchThrowableOfType(FetchException.class,
				() -> this.fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/feed"), CacheValidators.NONE)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FetchException.Reason.UNREACHABLE));
	}

	private FetchException failure(String path) {
		FetchException ex = catchThrowableOfType(FetchException.class,
				() -> this.fetcher.fetch(this.server.uri(path), CacheValidators.NONE));
		assertThat(ex).as("fetching " + path + " should fail").isNotNull();
		return ex;
	}

	private FeedFetcher fetcher(AddressGuard guard) {
		return new FeedFetcher(POLICY, guard, TestNetwork.resolver(), this.sockets);
	}

}
