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
 * only share the same CPU and connection pool: a crawl of uncached pages was no faster
 * with more, and its slowest answers slower, whereas waiting requests take their turn in
 * arrival order (bench/results/figures-behind-settings-2026-11-27.md)
 * @param maxWait how long a request waits for its turn before it is shed with a 503 and
 * {@code Retry-After}
 */
@Validated
@ConfigurationProperties("sparkpulse.render-limit")
public record RenderLimitProperties(@DefaultValue("4") @Positive int maxConcurrent,
		@DefaultValue("2s") @NotNull Duration maxWait) {
}
