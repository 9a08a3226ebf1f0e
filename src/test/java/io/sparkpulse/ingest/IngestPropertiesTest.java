package io.sparkpulse.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings that would break the guarantees are refused at start-up.
 */
class IngestPropertiesTest {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void theShippedDefaultsAreValid() {
		assertThat(
				this.validator.validate(properties(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(1))))
			.isEmpty();
	}

	@Test
	void aLeaseShorterThanTwoFetchesIsRefused() {
		assertThat(messages(properties(Duration.ofSeconds(50), Duration.ofSeconds(30), Duration.ofHours(1))))
			.containsExactly("lease must be at least twice fetch-timeout, so a claimed source is never fetched twice");
	}

	@Test
	void durationsMustBePositive() {
		assertThat(messages(properties(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ZERO)))
			.containsExactly("every duration must be positive");
	}

	private Set<String> messages(IngestProperties properties) {
		return this.validator.validate(properties)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static IngestProperties properties(Duration lease, Duration fetchTimeout, Duration pollInterval) {
		return new IngestProperties(true, pollInterval, Duration.ofMinutes(1), 50, lease, Duration.ofHours(24),
				Duration.ofSeconds(5), Duration.ofSeconds(10), fetchTimeout, DataSize.ofMegabytes(5), 5, 100, false,
				List.of(), "Sparkpulse feed reader");
	}

}
