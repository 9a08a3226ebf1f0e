package io.sparkpulse.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much rendering this instance takes on at once.
 *
 * @param maxConcurrent requests past the page cache (rendering, admin, feeds) that run at
 * the same time: twice the cores of the two-core machine it was sized on. More of them
 * only share the same CPU and connection pool; a crawl of uncached compare pages ran at
 * the same 300 pages/s with 4 as with 16, but with a p99 of 120-150 ms instead of 230 ms,
 * because waiting requests take their turn in arrival order
 * @param maxWait how long a request waits for its turn before it is shed with a 503 and
 * {@code Retry-After}
 */
@Validated
@ConfigurationProperties("sparkpulse.render-limit")
public record RenderLimitProperties(@DefaultValue("4") @Positive int maxConcurrent,
		@DefaultValue("2s") @NotNull Duration maxWait) {
}
