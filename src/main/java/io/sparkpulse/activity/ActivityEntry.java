package io.sparkpulse.activity;

import java.time.LocalDate;

/**
 * One dated ship move as pages show it.
 */
public record ActivityEntry(long id, long productId, LocalDate occurredOn, ActivityKind kind, String title,
		String summary, String sourceUrl, boolean spark) {
}
