package io.sparkpulse.freshness;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.temporal.ChronoUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sparkpulse.web.SitePaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages without rendering them again while what they show has not changed.
 * A rendered page is filed under the versions of the {@link PageDependencies keys it
 * depends on}; its ETag and Last-Modified derive from them, and its {@code Surrogate-Key}
 * and {@code Cache-Tag} headers name them for a CDN. A conditional request that matches
 * is answered 304 before any controller runs, and a page whose keys have not moved is
 * answered from memory. A write bumps the keys of what it changed ({@link DataVersion}),
 * so no stale page is served while the site is healthy and pages that do not show what
 * was written keep their copy and their ETag; when rendering fails with a server error
 * (the database is down), the last good copy of the page is served instead, as a CDN
 * would with {@code stale-if-error}. A signed-in editor's browser (it sends the admin
 * session cookie) is never answered from memory and is told to keep nothing, so an editor
 * sees each change as soon as it is saved.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Right after the request id, before the request observation
	 * ({@link ObservedAfterPageCache}), Spring Session and Spring Security's filter
	 * chain, so that what reaches them is rendered. In a servlet container
	 * {@link CachedPageValve} answers from memory even earlier; this filter does it where
	 * there is none (MockMvc). The headers that Security's chain sets on a public page
	 * (content security policy and the rest) are recorded with the page when it is
	 * rendered and sent again with every copy.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	/**
	 * How long a request waits for another's render of the same page before rendering it
	 * itself.
	 */
	private static final Duration FOLLOWER_WAIT = Duration.ofSeconds(2);

	/** What an editor's browser is told: keep nothing, ask again every time. */
	static final String EDITORS_CACHE_CONTROL = "private, no-store";

	/** Headers of one exchange, not of the page: never recorded with it. */
	private static final Set<String> PER_RESPONSE_HEADERS = Set.of("date", "content-length", "transfer-encoding",
			"connection", "keep-alive", "set-cookie", "x-request-id", "etag", "last-modified", "cache-control",
			"content-type", "retry-after", "surrogate-key", "cache-tag");

	/** The dependency keys, separated by spaces, as Fastly and Varnish read them. */
	static final String SURROGATE_KEY = "Surrogate-Key";

	/** The dependency keys, separated by commas, as Cloudflare reads them. */
	static final String CACHE_TAG = "Cache-Tag";

	private final DataVersionWatcher versions;

	private final PageCacheProperties properties;

	private final Cache<String, CachedPage> pages;

	private final Counter notModified;

	private final Counter rendered;

	/**
	 * Renders in progress, by page: when a write changes what a popular page shows, its
	 * readers wait for one render of it instead of each making one, which queued them all
	 * behind the render limit.
	 */
	private final ConcurrentMap<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

	/**
	 * The editors' session cookie: a request that carries it is an editor checking what
	 * readers will see, so it is rendered afresh and never stored by anyone.
	 */
	private final String editorCookie;

	PageCacheFilter(DataVersionWatcher versions, PageCacheProperties properties, MeterRegistry meters,
			@Value("${server.servlet.session.cookie.name:SESSION}") String editorCookie) {
		this.editorCookie = editorCookie;
		this.versions = versions;
		this.properties = properties;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() * 2
					+ ((page.body() != null) ? page.body().length : 0) + 512)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.pages, "pages");
		this.notModified = Counter.builder("sparkpulse.pages.not-modified")
			.description("Conditional requests for a cached page answered 304 from memory")
			.register(meters);
		this.rendered = Counter.builder("sparkpulse.pages.rendered")
			.description("Requests for public pages that the page cache passed on to be rendered")
			.register(meters);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method))) {
			return true;
		}
		if (fromEditor(request)) {
			return false;
		}
		return !this.properties.enabled() || (!stored(request) && !conditional(request));
	}

	/**
	 * Whether a signed-in editor's browser sent this request (static assets aside, which
	 * are fingerprinted and never stale).
	 */
	private boolean fromEditor(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(SitePaths.ASSETS)) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.editorCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Answers from memory (the page or a 304) when this page was rendered at the current
	 * data version; false, having written nothing, otherwise. Also called by
	 * {@link CachedPageValve}, ahead of every filter.
	 */
	boolean answerFromMemory(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answerFromMemory(request, response, true);
	}

	/**
	 * @param count whether this look-up counts in the cache's hit and miss statistics:
	 * each request counts once, however often it is looked up
	 */
	private boolean answerFromMemory(HttpServletRequest request, HttpServletResponse response, boolean count)
			throws IOException {
		if (shouldNotFilter(request) || fromEditor(request)) {
			return false;
		}
		String key = validatorKey(request);
		CachedPage stored = (key == null) ? null : count ? this.pages.getIfPresent(key) : this.pages.asMap().get(key);
		if (stored == null || !stored.isCurrent(this.versions)) {
			return false;
		}
		boolean notModified = notModified(request, stored.etag(), stored.lastModified());
		if (stored.body() == null && !notModified) {
			return false;
		}
		stored.replayHeaders(response);
		writeHeaders(response, stored.contentType(), stored.etag(), stored.lastModified(), stored.keys());
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			this.notModified.increment();
			return true;
		}
		response.setContentLength(stored.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(stored.body());
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (fromEditor(request)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, EDITORS_CACHE_CONTROL);
			chain.doFilter(request, response);
			return;
		}
		if (answerFromMemory(request, response, request.getAttribute(CachedPageValve.LOOKED_UP) == null)) {
			return;
		}
		String key = validatorKey(request);
		if (key == null || !"GET".equals(request.getMethod())) {
			render(request, response, chain, key);
			return;
		}
		String flight = key;
		CompletableFuture<Void> mine = new CompletableFuture<>();
		CompletableFuture<Void> leader = this.rendering.putIfAbsent(flight, mine);
		if (leader == null) {
			try {
				render(request, response, chain, key);
			}
			finally {
				this.rendering.remove(flight, mine);
				mine.complete(null);
			}
			return;
		}
		if (!awaitRender(leader) || !answerFromMemory(request, response, false)) {
			render(request, response, chain, key);
		}
	}

	/**
	 * Waits for another request's render of the same page, at most
	 * {@link #FOLLOWER_WAIT}; false when it took longer or this thread was interrupted
	 * (it then renders the page itself).
	 */
	private static boolean awaitRender(CompletableFuture<Void> leader) {
		try {
			leader.get(FOLLOWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
			throws ServletException, IOException {
		long before = this.versions.generation();
		CachedPage stored = (key != null) ? this.pages.asMap().get(key) : null;
		if (stored != null && stored.body() == null) {
			stored = null;
		}
		this.rendered.increment();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (stored == null) {
				throw ex;
			}
			serveStale(request, wrapper, stored);
			return;
		}
		if (wrapper.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR && stored != null) {
			serveStale(request, wrapper, stored);
			return;
		}
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
				&& wrapper.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			Set<String> keys = PageDependencies.of(request);
			DataVersionWatcher.Stamp stamp = this.versions.stamp(keys, before);
			if (stamp == null) {
				// What the page shows may predate a version learnt of meanwhile: no
				// validator, and nothing kept, so no one is told later that it is
				// current.
				writeHeaders(wrapper, wrapper.getContentType(), null, null, keys);
				wrapper.copyBodyToResponse();
				return;
			}
			CachedPage page = CachedPage.of(stamp, this.versions, wrapper.getContentType(), pageHeaders(wrapper),
					(stored(request) && wrapper.getContentType() != null) ? wrapper.getContentAsByteArray() : null);
			writeHeaders(wrapper, wrapper.getContentType(), page.etag(), page.lastModified(), page.keys());
			if (key != null && "GET".equals(request.getMethod())) {
				this.pages.put(key, page);
			}
			if (notModified(request, page.etag(), page.lastModified())) {
				wrapper.resetBuffer();
				wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
		}
		wrapper.copyBodyToResponse();
	}

	private void serveStale(HttpServletRequest request, ContentCachingResponseWrapper wrapper, CachedPage stale)
			throws IOException {
		wrapper.resetBuffer();
		wrapper.setStatus(HttpServletResponse.SC_OK);
		stale.replayHeaders(wrapper);
		writeHeaders(wrapper, stale.contentType(), stale.etag(), stale.lastModified(), stale.keys());
		wrapper.setHeader(HttpHeaders.RETRY_AFTER, null);
		wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=0, must-revalidate");
		if (!"HEAD".equals(request.getMethod())) {
			wrapper.getOutputStream().write(stale.body());
		}
		wrapper.copyBodyToResponse();
	}

	private void writeHeaders(HttpServletResponse response, String contentType, String etag, Instant changedAt,
			Collection<String> keys) {
		if (contentType != null) {
			response.setContentType(contentType);
		}
		if (etag != null) {
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, changedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
		response.setHeader(SURROGATE_KEY, String.join(" ", keys));
		response.setHeader(CACHE_TAG, String.join(",", keys));
	}

	private static boolean notModified(HttpServletRequest request, String etag, Instant changedAt) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.trim();
				if (tag.equals(etag) || tag.equals(etag.substring(2)) || tag.equals("*")) {
					return true;
				}
			}
			return false;
		}
		long ifModifiedSince = dateHeader(request);
		return ifModifiedSince >= 0 && changedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= ifModifiedSince;
	}

	private static long dateHeader(HttpServletRequest request) {
		try {
			return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/**
	 * Where the page's validators (and, under a stored prefix, its bytes) are kept.
	 */
	private String validatorKey(HttpServletRequest request) {
		if (!stored(request) && !conditional(request)) {
			return null;
		}
		String query = request.getQueryString();
		String key = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return (key.length() <= this.properties.maxKeyLength()) ? key : null;
	}

	private boolean stored(HttpServletRequest request) {
		String path = request.getRequestURI();
		return SitePaths.HOME.equals(path) || this.properties.cachedPrefixes().stream().anyMatch(path::startsWith);
	}

	private boolean conditional(HttpServletRequest request) {
		String path = request.getRequestURI();
		return this.properties.conditionalPrefixes().stream().anyMatch(path::startsWith);
	}

	private static Map<String, List<String>> pageHeaders(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!PER_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return Map.copyOf(headers);
	}

	/**
	 * A rendered page and the versions it was rendered at.
	 *
	 * @param body {@code null} when only the validators are kept (a conditional prefix)
	 */
	private record CachedPage(DataVersionWatcher.Stamp stamp, String etag, Instant lastModified, String contentType,
			Map<String, List<String>> headers, byte[] body) {

		static CachedPage of(DataVersionWatcher.Stamp stamp, DataVersionWatcher watcher, String contentType,
				Map<String, List<String>> headers, byte[] body) {
			long hash = 1125899906842597L;
			Instant lastModified = Instant.EPOCH;
			for (int i = 0; i < stamp.versions().length; i++) {
				String key = stamp.keys().get(i);
				hash = (31 * hash + key.hashCode()) * 0x9E3779B97F4A7C15L + stamp.versions()[i];
				Instant changed = watcher.changedAt(key);
				lastModified = changed.isAfter(lastModified) ? changed : lastModified;
			}
			return new CachedPage(stamp, "W/\"sp" + Long.toHexString(hash) + "\"", lastModified, contentType, headers,
					body);
		}

		List<String> keys() {
			return this.stamp.keys();
		}

		/** Whether none of the keys moved since the page was rendered. */
		boolean isCurrent(DataVersionWatcher watcher) {
			return watcher.isCurrent(this.stamp);
		}

		void replayHeaders(HttpServletResponse response) {
			this.headers.forEach((name, values) -> {
				response.setHeader(name, null);
				values.forEach((value) -> response.addHeader(name, value));
			});
		}

	}

}
