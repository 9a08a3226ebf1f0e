package io.sparkpulse.activity;

import java.time.LocalDate;

/**
 * A ship move to record for a product.
 */
public record NewActivity(LocalDate occurredOn, ActivityKind kind, String title, String summary, String sourceUrl,
		boolean spark) {
}
