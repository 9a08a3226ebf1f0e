package io.sparkpulse.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo catalog.
 *
 * @param loadWhenEmpty load the demo catalog at start-up when the database holds no
 * catalog yet; switch off in production
 */
@ConfigurationProperties("sparkpulse.demo")
public record DemoProperties(boolean loadWhenEmpty) {
}
