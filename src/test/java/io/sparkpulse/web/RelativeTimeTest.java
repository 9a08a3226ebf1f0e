package io.sparkpulse.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

	private final RelativeTime time = new RelativeTime(
			Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void datesReadAsDaysUnderThirtyDaysThenAsTheDateItself() {
		assertThat(this.time.of(LocalDate.of(2026, 6, 15)).label()).isEqualTo("today");
		assertThat(this.time.of(LocalDate.of(2026, 6, 12)).label()).isEqualTo("3d ago");
		assertThat(this.time.of(LocalDate.of(2026, 5, 17)).label()).isEqualTo("29d ago");
		assertThat(this.time.of(LocalDate.of(2026, 5, 16)).label()).isEqualTo("16 May 2026");
		assertThat(this.time.of(LocalDate.of(2026, 4, 15)).label()).isEqualTo("15 Apr 2026");
		assertThat(this.time.of(LocalDate.of(2025, 4, 15)).label()).isEqualTo("15 Apr 2025");
		assertThat(this.time.of(LocalDate.of(2026, 6, 16)).label()).isEqualTo("upcoming");
	}

	@Test
	void instantsUnderADayReadInMinutesOrHours() {
		assertThat(this.time.of(Instant.parse("2026-06-15T11:59:30Z")).label()).isEqualTo("just now");
		assertThat(this.time.of(Instant.parse("2026-06-15T11:15:00Z")).label()).isEqualTo("45m ago");
		assertThat(this.time.of(Instant.parse("2026-06-15T02:00:00Z")).label()).isEqualTo("10h ago");
		assertThat(this.time.of(Instant.parse("2026-06-12T12:00:00Z")).label()).isEqualTo("3d ago");
		assertThat(this.time.of(Instant.parse("2026-05-11T12:00:00Z")).label()).isEqualTo("11 May 2026");
	}

	@Test
	void theExactValueIsKeptForTheTimeElement() {
		When when = this.time.of(LocalDate.of(2026, 6, 12));
		assertThat(when.datetime()).isEqualTo("2026-06-12");
		assertThat(when.exact()).isEqualTo("12 Jun 2026");
	}

}
