package io.sparkpulse.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the work in progress: at most {@code maxConcurrent} requests render at once, the
 * others wait their turn in arrival order for up to {@code maxWait} and are then shed
 * with a 503 page and {@code Retry-After}. With virtual threads nothing else bounds it:
 * 256 readers on uncached pages would otherwise be 256 renders sharing two cores and a
 * pool of ten connections, every one of them slow and each holding its own model and
 * buffers in memory.
 * <p>
 * It sits after the page cache, so answers from memory and 304s never queue behind
 * renders.
 */
@Component
class RenderLimitFilter extends OncePerRequestFilter implements Ordered {

	/** After the page cache and Spring Security, right before the dispatcher. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 90;

	static final int RETRY_AFTER_SECONDS = 2;

	private final RenderLimitProperties properties;

	private final Semaphore permits;

	private final Counter shed;

	RenderLimitFilter(RenderLimitProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.permits = new Semaphore(properties.maxConcurrent(), true);
		this.shed = Counter.builder("sparkpulse.render.shed")
			.description("Requests answered 503 because the render queue was full for too long")
			.register(meters);
		Gauge.builder("sparkpulse.render.waiting", this.permits, Semaphore::getQueueLength)
			.description("Requests waiting for their turn to render")
			.register(meters);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * Editors never queue behind readers: the admin is signed-in, low-volume traffic, and
	 * a save must not be turned away because crawlers keep the public pages busy.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SitePaths.isEditorPath(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acquire()) {
			this.shed.increment();
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too busy");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	private boolean acquire() {
		try {
			return this.permits.tryAcquire(this.properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
