package io.sparkpulse.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this instance stops.
 *
 * @param drain how long requests on open connections are still answered (with
 * {@code Connection: close}) after new connections are refused, before the web server's
 * graceful stop
 */
@Validated
@ConfigurationProperties("sparkpulse.shutdown")
public record ShutdownProperties(@DefaultValue("1s") @NotNull Duration drain) {
}
