package io.sparkpulse.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Turns dates into the short relative labels the site uses ("3d ago", "1mo ago"), always
 * against the injected clock so that the same data renders the same words in tests.
 */
@Component
public class RelativeTime {

	private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final Clock clock;

	public RelativeTime(Clock clock) {
		this.clock = clock;
	}

	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	public When of(LocalDate date) {
		long days = ChronoUnit.DAYS.between(date, today());
		return new When(date.toString(), dayLabel(days), EXACT.format(date));
	}

	public When of(Instant instant) {
		Duration age = Duration.between(instant, this.clock.instant());
		String label;
		if (age.isNegative() || age.toMinutes() < 1) {
			label = "just now";
		}
		else if (age.toHours() < 1) {
			label = age.toMinutes() + "m ago";
		}
		else if (age.toDays() < 1) {
			label = age.toHours() + "h ago";
		}
		else {
			label = dayLabel(age.toDays());
		}
		return new When(instant.truncatedTo(ChronoUnit.SECONDS).toString(), label,
				EXACT.format(instant.atOffset(ZoneOffset.UTC)));
	}

	static String dayLabel(long days) {
		if (days < 0) {
			return "upcoming";
		}
		if (days == 0) {
			return "today";
		}
		if (days < 30) {
			return days + "d ago";
		}
		if (days < 365) {
			return (days / 30) + "mo ago";
		}
		return (days / 365) + "y ago";
	}

}
