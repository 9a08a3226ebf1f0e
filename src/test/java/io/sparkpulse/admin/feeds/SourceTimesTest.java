package io.sparkpulse.admin.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTimesTest {

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private final SourceTimes times = new SourceTimes(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void pastMomentsAreRelativeWithTheExactTimeToTheMinute() {
		assertThat(this.times.past(NOW.minus(Duration.ofMinutes(42)))).satisfies((when) -> {
			assertThat(when.label()).isEqualTo("42m ago");
			assertThat(when.datetime()).isEqualTo("2026-06-15T11:18:00Z");
			assertThat(when.exact()).isEqualTo("15 Jun 2026 11:18 UTC");
		});
		assertThat(this.times.past(NOW.minus(Duration.ofDays(40))).label()).isEqualTo("6 May 2026");
		assertThat(this.times.past(null)).isNull();
	}

	@Test
	void theNextFetchReadsAheadAndIsDueNowOnceItHasPassed() {
		assertThat(this.times.due(NOW.plus(Duration.ofMinutes(59))).label()).isEqualTo("in 59m");
		assertThat(this.times.due(NOW.plus(Duration.ofHours(5))).label()).isEqualTo("in 5h");
		assertThat(this.times.due(NOW.plus(Duration.ofDays(2))).label()).isEqualTo("in 2d");
		assertThat(this.times.due(NOW.minus(Duration.ofHours(2))).label()).isEqualTo("due now");
		assertThat(this.times.due(NOW.plus(Duration.ofHours(5))).datetime()).isEqualTo("2026-06-15T17:00:00Z");
		assertThat(this.times.due(null)).isNull();
	}

}
