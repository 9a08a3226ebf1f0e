package io.sparkpulse.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as the ledger prints it: the ledger is a record, so dates are absolute ("3 Dec
 * 2025"), never relative.
 *
 * @param iso the value for {@code <time datetime>}
 * @param text the date in words
 */
public record Day(String iso, String text) {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public static Day of(LocalDate date) {
		return new Day(date.toString(), TEXT.format(date));
	}

	public static Day of(Instant instant) {
		return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

}
