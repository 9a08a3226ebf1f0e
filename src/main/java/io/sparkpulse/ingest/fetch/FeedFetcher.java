package io.sparkpulse.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches feeds from hosts nobody vetted, assuming the worst of them. Only {@code http}
 * and {@code https}; every host (the first and every redirect target) is resolved once
 * through the {@link HostResolver}, every address checked by the {@link AddressGuard},
 * and the connection made to exactly those addresses; at most
 * {@link FetchPolicy#maxRedirects()} redirects; connect, read and whole-fetch timeouts (a
 * watchdog aborts a fetch that trickles on past its deadline); the body is counted while
 * it streams and the connection dropped as soon as it passes the size cap, never drained.
 * No proxies, cookies, credentials or retries.
 * <p>
 * Thread-safe; every fetch uses a client and connection of its own.
 */
public final class FeedFetcher implements AutoCloseable {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final String ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, "
			+ "text/xml;q=0.9, */*;q=0.1";

	/** Headers are small; a server that sends endless or enormous ones is cut off. */
	private static final Http1Config HTTP1 = Http1Config.custom().setMaxLineLength(8192).setMaxHeaderCount(100).build();

	private static final int MAX_VALIDATOR_LENGTH = 100;

	private static final int MAX_ETAG_LENGTH = 500;

	private final FetchPolicy policy;

	private final GuardedDnsResolver dns;

	private final SocketOpener sockets;

	private final TlsSocketStrategy tls;

	private final ScheduledExecutorService watchdog;

	public FeedFetcher(FetchPolicy policy, AddressGuard guard, HostResolver resolver, SocketOpener sockets) {
		this.policy = policy;
		this.dns = new GuardedDnsResolver(resolver, guard);
		this.sockets = sockets;
		this.tls = DefaultClientTlsStrategy.createDefault();
		this.watchdog = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "feed-fetch-watchdog");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Fetches {@code uri}, conditionally if validators are given.
	 * @throws FetchException when there is no usable answer; its message says why
	 */
	public FetchResult fetch(URI uri, CacheValidators validators) throws FetchException {
		return new Fetch(validators).run(uri);
	}

	@Override
	public void close() {
		this.watchdog.shutdownNow();
	}

	private CloseableHttpClient newClient() {
		var operator = new DefaultHttpClientConnectionOperator((proxy) -> this.sockets.open(),
				DefaultSchemePortResolver.INSTANCE, this.dns,
				RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, this.tls).build());
		var connections = new BasicHttpClientConnectionManager(operator,
				ManagedHttpClientConnectionFactory.builder().http1Config(HTTP1).build());
		Timeout read = timeout(this.policy.readTimeout());
		connections.setConnectionConfig(ConnectionConfig.custom()
			.setConnectTimeout(timeout(this.policy.connectTimeout()))
			.setSocketTimeout(read)
			.build());
		connections.setSocketConfig(SocketConfig.custom().setSoTimeout(read).build());
		return HttpClients.custom()
			.setConnectionManager(connections)
			.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
			.setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(read).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent(this.policy.userAgent())
			.build();
	}

	private static Timeout timeout(Duration duration) {
		return Timeout.ofMilliseconds(duration.toMillis());
	}

	/**
	 * One fetch: its redirect chain, its deadline, and the request currently in flight
	 * (which the watchdog cancels when the deadline passes).
	 */
	private final class Fetch {

		private final CacheValidators validators;

		private final AtomicReference<HttpGet> inFlight = new AtomicReference<>();

		private final AtomicBoolean expired = new AtomicBoolean();

		private URI current;

		Fetch(CacheValidators validators) {
			this.validators = validators;
		}

		FetchResult run(URI uri) throws FetchException {
			this.current = checked(uri);
			ScheduledFuture<?> alarm = FeedFetcher.this.watchdog.schedule(this::expire,
					FeedFetcher.this.policy.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
			try (CloseableHttpClient client = newClient()) {
				for (int redirects = 0;; redirects++) {
					Hop hop = hop(client, redirects);
					if (hop.result() != null) {
						return hop.result();
					}
					this.current = hop.redirect();
				}
			}
			catch (IOException ex) {
				throw translate(ex);
			}
			finally {
				alarm.cancel(false);
			}
		}

		/**
		 * Sends one request and reads its answer: a result, or where a redirect points.
		 */
		private Hop hop(CloseableHttpClient client, int redirectsSoFar) throws IOException, FetchException {
			HttpGet request = new HttpGet(this.current);
			request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
			if (this.validators.etag() != null) {
				request.setHeader(HttpHeaders.IF_NONE_MATCH, this.validators.etag());
			}
			if (this.validators.lastModified() != null) {
				request.setHeader(HttpHeaders.IF_MODIFIED_SINCE, this.validators.lastModified());
			}
			this.inFlight.set(request);
			if (this.expired.get()) {
				throw timedOut();
			}
			ClassicHttpResponse response = client.executeOpen(null, request, null);
			try {
				int status = response.getCode();
				if (REDIRECTS.contains(status)) {
					if (redirectsSoFar >= FeedFetcher.this.policy.maxRedirects()) {
						throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
								"More than " + FeedFetcher.this.policy.maxRedirects() + " redirects");
					}
					return new Hop(redirectTarget(response), null);
				}
				if (status == 304) {
					return new Hop(null,
							FetchResult.notModified(new CacheValidators(
									orElse(validator(response, HttpHeaders.ETAG, MAX_ETAG_LENGTH),
											this.validators.etag()),
									orElse(validator(response, HttpHeaders.LAST_MODIFIED, MAX_VALIDATOR_LENGTH),
											this.validators.lastModified()))));
				}
				if (status != 200) {
					throw new FetchException(FetchException.Reason.HTTP_STATUS,
							"HTTP " + status + " from " + this.current.getHost());
				}
				HttpEntity entity = response.getEntity();
				checkContentType(entity);
				byte[] body = read(entity);
				return new Hop(null,
						FetchResult.body(body,
								new CacheValidators(validator(response, HttpHeaders.ETAG, MAX_ETAG_LENGTH),
										validator(response, HttpHeaders.LAST_MODIFIED, MAX_VALIDATOR_LENGTH))));
			}
			finally {
				// Whatever was not read is abandoned with the connection, never drained.
				request.cancel();
				closeQuietly(response);
			}
		}

		private URI redirectTarget(ClassicHttpResponse response) throws FetchException {
			Header location = response.getFirstHeader(HttpHeaders.LOCATION);
			if (location == null || location.getValue().isBlank()) {
				throw new FetchException(FetchException.Reason.HTTP_STATUS,
						"HTTP " + response.getCode() + " redirect without a location from " + this.current.getHost());
			}
			try {
				return checked(this.current.resolve(location.getValue().strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new FetchException(FetchException.Reason.UNSUPPORTED_URL,
						"Redirect from " + this.current.getHost() + " to a malformed address");
			}
		}

		private void checkContentType(HttpEntity entity) throws FetchException {
			if (entity == null || entity.getContentType() == null) {
				return;
			}
			ContentType type = ContentType.parseLenient(entity.getContentType());
			String mime = (type != null) ? type.getMimeType().toLowerCase(Locale.ROOT) : "";
			if (!(mime.isEmpty() || mime.contains("xml") || mime.equals("text/plain")
					|| mime.equals("application/octet-stream"))) {
				throw new FetchException(FetchException.Reason.NOT_A_FEED,
						"Not a feed: " + this.current.getHost() + " sent " + truncate(mime, 60));
			}
		}

		/**
		 * The body, counted as it streams; the caller abandons the connection if this
		 * gives up.
		 */
		private byte[] read(HttpEntity entity) throws IOException, FetchException {
			if (entity == null) {
				return new byte[0];
			}
			long max = FeedFetcher.this.policy.maxBodyBytes();
			if (entity.getContentLength() > max) {
				throw tooLarge();
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream(
					(int) Math.min(Math.max(entity.getContentLength(), 8192), max));
			InputStream in = entity.getContent();
			byte[] buffer = new byte[16384];
			long total = 0;
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				total += n;
				if (total > max) {
					throw tooLarge();
				}
				body.write(buffer, 0, n);
			}
			return body.toByteArray();
		}

		private void expire() {
			this.expired.set(true);
			HttpGet request = this.inFlight.get();
			if (request != null) {
				request.cancel();
			}
		}

		private FetchException translate(IOException ex) {
			String host = this.current.getHost();
			if (this.expired.get()) {
				return timedOut();
			}
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof RefusedAddressException refused) {
					return new FetchException(FetchException.Reason.REFUSED_ADDRESS,
							"Refused: " + refused.host() + " is not a public host", "Refused: " + refused.getMessage(),
							null);
				}
			}
			if (ex instanceof ConnectTimeoutException) {
				return new FetchException(FetchException.Reason.TIMEOUT, "Timed out: no connection to " + host
						+ " within " + seconds(FeedFetcher.this.policy.connectTimeout()), ex);
			}
			if (ex instanceof SocketTimeoutException || ex instanceof InterruptedIOException) {
				return new FetchException(FetchException.Reason.TIMEOUT,
						"Timed out: " + host + " sent nothing for " + seconds(FeedFetcher.this.policy.readTimeout()),
						ex);
			}
			if (ex instanceof UnknownHostException) {
				return new FetchException(FetchException.Reason.UNREACHABLE, "Unknown host " + host, ex);
			}
			if (ex instanceof ConnectException || ex instanceof NoRouteToHostException) {
				return new FetchException(FetchException.Reason.UNREACHABLE, "Could not connect to " + host, ex);
			}
			if (ex instanceof SSLException) {
				return new FetchException(FetchException.Reason.NETWORK, "TLS with " + host + " failed", ex);
			}
			return new FetchException(FetchException.Reason.NETWORK,
					"Network error with " + host + " (" + ex.getClass().getSimpleName() + ")", ex);
		}

		private FetchException timedOut() {
			return new FetchException(FetchException.Reason.TIMEOUT,
					"Timed out: fetching took longer than " + seconds(FeedFetcher.this.policy.fetchTimeout()));
		}

		private FetchException tooLarge() {
			return new FetchException(FetchException.Reason.TOO_LARGE,
					"Too large: the feed is over " + megabytes(FeedFetcher.this.policy.maxBodyBytes()));
		}

	}

	private record Hop(URI redirect, FetchResult result) {
	}

	/**
	 * The URI if it is an absolute http(s) URL with a host; otherwise the reason it
	 * cannot be fetched.
	 */
	private static URI checked(URI uri) throws FetchException {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new FetchException(FetchException.Reason.UNSUPPORTED_URL,
					"Not an http or https address with a host: " + truncate(uri.toString(), 80));
		}
		return uri;
	}

	private static String validator(ClassicHttpResponse response, String name, int maxLength) {
		Header header = response.getFirstHeader(name);
		if (header == null || header.getValue().isBlank() || header.getValue().length() > maxLength) {
			return null;
		}
		return header.getValue().strip();
	}

	private static String orElse(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException ex) {
			// The connection was cancelled on purpose; closing what is left of it may
			// complain.
		}
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "…";
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	private static String megabytes(long bytes) {
		return (bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

}
