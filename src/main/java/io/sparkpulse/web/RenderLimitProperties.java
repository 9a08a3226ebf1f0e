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
 * @param maxConcurrent requests past the page cache (rendering, admin, feeds) that run at the same time;
 * on two cores more of them only share the same CPU and the same connection pool
 * @param maxWait how long a request waits for its turn before it is shed with a 503 and {@code Retry-After}
 */
@Validated
@ConfigurationProperties("sparkpulse.render-limit")
public record RenderLimitProperties(@DefaultValue("16") @Positive int maxConcurrent,
		@DefaultValue("2s") @NotNull Duration maxWait) {
}
