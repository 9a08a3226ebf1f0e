package io.sparkpulse.freshness;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this instance learns of writes made on other instances.
 *
 * @param poll how often the stored data version is read; a write elsewhere reaches this
 * instance's cached pages and ETags at most this much later
 */
@Validated
@ConfigurationProperties("sparkpulse.data-version")
public record DataVersionProperties(@DefaultValue("250ms") @NotNull Duration poll) {
}
