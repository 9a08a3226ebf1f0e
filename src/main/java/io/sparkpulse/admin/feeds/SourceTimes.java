package io.sparkpulse.admin.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.When;

/**
 * The moments of a feed source's health as the admin shows them: past ones as the site
 * does ("3h ago"), the next fetch ahead ("in 45m", or "due now" once it has passed), each
 * with its exact time.
 */
final class SourceTimes {

	private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private final RelativeTime relative;

	SourceTimes(Clock clock) {
		this.clock = clock;
		this.relative = new RelativeTime(clock);
	}

	/** A moment that has happened, or {@code null} if it has not yet. */
	When past(Instant instant) {
		if (instant == null) {
			return null;
		}
		When when = this.relative.of(instant);
		return new When(when.datetime(), when.label(), EXACT.format(instant));
	}

	/** When something is due; {@code null} if nothing is scheduled. */
	When due(Instant instant) {
		if (instant == null) {
			return null;
		}
		Duration ahead = Duration.between(this.clock.instant(), instant);
		String label;
		if (ahead.toMinutes() < 1) {
			label = "due now";
		}
		else if (ahead.toHours() < 1) {
			label = "in " + ahead.toMinutes() + "m";
		}
		else if (ahead.toDays() < 1) {
			label = "in " + ahead.toHours() + "h";
		}
		else {
			label = "in " + ahead.toDays() + "d";
		}
		return new When(instant.truncatedTo(ChronoUnit.SECONDS).toString(), label, EXACT.format(instant));
	}

}
