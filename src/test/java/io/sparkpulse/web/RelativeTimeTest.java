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
	void datesReadAsDaysThenMonthsThenYears() {
		assertThat(this.time.of(LocalDate.of(2026, 6, 15)).label()).isEqualTo("today");
		assertThat(this.time.of(LocalDate.of(2026, 6, 12)).label()).isEqualTo("3d ago");
		assertThat(this.time.of(LocalDate.of(2026, 5, 17)).label()).isEqualTo("29d ago");
		assertThat(this.time.of(LocalDate.of(2026, 5, 13)).label()).isEqualTo("1mo ago");
		assertThat(this.time.of(LocalDate.of(2026, 4, 15)).label()).isEqualTo("2mo ago");
		assertThat(this.time.of(LocalDate.of(2025, 6, 15)).label()).isEqualTo("1y ago");
		assertThat(this.time.of(LocalDate.of(2026, 6, 16)).label()).isEqualTo("upcoming");
	}

	@Test
	void instantsUnderADayReadInMinutesOrHours() {
		assertThat(this.time.of(Instant.parse("2026-06-15T11:59:30Z")).label()).isEqualTo("just now");
		assertThat(this.time.of(Instant.parse("2026-06-15T11:15:00Z")).label()).isEqualTo("45m ago");
		assertThat(this.time.of(Instant.parse("2026-06-15T02:00:00Z")).label()).isEqualTo("10h ago");
		assertThat(this.time.of(Instant.parse("2026-06-12T12:00:00Z")).label()).isEqualTo("3d ago");
	}

	@Test
	void theExactValueIsKeptForTheTimeElement() {
		When when = this.time.of(LocalDate.of(2026, 6, 12));
		assertThat(when.datetime()).isEqualTo("2026-06-12");
		assertThat(when.exact()).isEqualTo("12 Jun 2026");
	}

}
