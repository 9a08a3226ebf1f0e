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
 * Turns dates into the labels the site uses: relative ("3d ago") while under
 * {@value #RELATIVE_DAYS} days, where a count of days is precise; the date itself ("6 Oct
 * 2026") from then on, because "1mo ago" spans weeks and "1y ago" spans a year. Always
 * against the injected clock so that the same data renders the same words in tests.
 */
@Component
public class RelativeTime {

	static final int RELATIVE_DAYS = 30;

	private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter EXACT_MINUTE = DateTimeFormatter
		.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

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

	/**
	 * An item with the label of its date.
	 */
	public <T> Dated<T> dated(T item, LocalDate date) {
		return new Dated<>(item, of(date));
	}

	public When of(LocalDate date) {
		long days = ChronoUnit.DAYS.between(date, today());
		String exact = EXACT.format(date);
		return new When(date.toString(), (days < RELATIVE_DAYS) ? dayLabel(days) : exact, exact);
	}

	/**
	 * The same label, with the exact minute (in UTC) as the exact time: for the admin's
	 * lists, where the hour of a change matters.
	 */
	public When withMinute(Instant instant) {
		When when = of(instant);
		return new When(when.datetime(), when.label(), EXACT_MINUTE.format(instant));
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
		else if (age.toDays() < RELATIVE_DAYS) {
			label = dayLabel(age.toDays());
		}
		else {
			label = EXACT.format(instant.atOffset(ZoneOffset.UTC));
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
		return days + "d ago";
	}

}
