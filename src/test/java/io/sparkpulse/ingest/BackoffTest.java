package io.sparkpulse.ingest;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private static final Duration HOUR = Duration.ofHours(1);

	private static final Duration DAY = Duration.ofDays(1);

	@Test
	void theWaitDoublesWithEveryConsecutiveFailure() {
		assertThat(Backoff.after(1, HOUR, DAY)).isEqualTo(Duration.ofHours(2));
		assertThat(Backoff.after(2, HOUR, DAY)).isEqualTo(Duration.ofHours(4));
		assertThat(Backoff.after(3, HOUR, DAY)).isEqualTo(Duration.ofHours(8));
		assertThat(Backoff.after(4, HOUR, DAY)).isEqualTo(Duration.ofHours(16));
	}

	@Test
	void theWaitNeverExceedsTheCapHoweverLongASourceFails() {
		assertThat(Backoff.after(5, HOUR, DAY)).isEqualTo(DAY);
		assertThat(Backoff.after(10_000, HOUR, DAY)).isEqualTo(DAY);
	}

}
