package io.sparkpulse.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Pins "now" for tests, so relative dates ("3d ago") and decayed scores are exact.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	@Bean
	@Primary
	Clock pinnedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
