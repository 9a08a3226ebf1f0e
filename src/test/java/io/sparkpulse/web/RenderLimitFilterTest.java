package io.sparkpulse.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RenderLimitFilterTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RenderLimitFilter filter = new RenderLimitFilter(new RenderLimitProperties(1, Duration.ofMillis(100)),
			this.meters);

	@Test
	void aRequestBeyondTheLimitIsShedWithRetryAfterOnceItHasWaitedItsTurn() throws Exception {
		Render first = renderUntilReleased();

		long started = System.nanoTime();
		MockHttpServletResponse shed = run(new MockFilterChain());
		long waitedMillis = (System.nanoTime() - started) / 1_000_000;
		first.release();

		assertThat(shed.getStatus()).isEqualTo(503);
		assertThat(shed.getHeader("Retry-After")).isEqualTo("2");
		assertThat(waitedMillis).as("waited for a permit before giving up").isGreaterThanOrEqualTo(90);
		assertThat(first.result().getStatus()).isEqualTo(200);
		assertThat(this.meters.get("sparkpulse.render.shed").counter().count()).isEqualTo(1.0);
	}

	@Test
	void aWaitingRequestRunsAsSoonAsTheOneBeforeItFinishes() throws Exception {
		Render first = renderUntilReleased();
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture
			.supplyAsync(() -> run(new MockFilterChain()));
		first.release();

		assertThat(first.result().getStatus()).isEqualTo(200);
		assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(this.meters.get("sparkpulse.render.shed").counter().count()).isZero();
	}

	@Test
	void aFailingRenderGivesItsTurnBack() throws Exception {
		try {
			run((request, response) -> {
				throw new IllegalStateException("render failed");
			});
		}
		catch (IllegalStateException expected) {
			// the failure itself is the error page's business
		}
		assertThat(run(new MockFilterChain()).getStatus()).isEqualTo(200);
	}

	@Test
	void editorsAreNeverQueuedBehindReaders() throws Exception {
		Render reader = renderUntilReleased();

		MockHttpServletResponse save = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/admin/products/7"), save, new MockFilterChain());
		reader.release();

		assertThat(save.getStatus()).isEqualTo(200);
		assertThat(reader.result().getStatus()).isEqualTo(200);
	}

	/**
	 * A render that holds its permit until released, already running when this returns.
	 */
	private Render renderUntilReleased() throws InterruptedException {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> response = CompletableFuture
			.supplyAsync(() -> run((request, ignored) -> {
				rendering.countDown();
				await(finish);
			}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		return new Render(finish, response);
	}

	private record Render(CountDownLatch finish, CompletableFuture<MockHttpServletResponse> response) {

		void release() {
			this.finish.countDown();
		}

		MockHttpServletResponse result() throws Exception {
			return this.response.get(5, TimeUnit.SECONDS);
		}

	}

	private MockHttpServletResponse run(FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.filter.doFilter(new MockHttpServletRequest("GET", "/compare/a-vs-b"), response, chain);
		}
		catch (java.io.IOException | jakarta.servlet.ServletException ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
