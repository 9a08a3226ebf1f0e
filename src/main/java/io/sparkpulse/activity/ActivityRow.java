package io.sparkpulse.activity;

import java.time.LocalDate;

/**
 * An activity item ready for a timeline: which product, when, what, and whether editors
 * flagged it.
 */
public record ActivityRow(String productSlug, String productName, LocalDate occurredOn, ActivityKind kind, String title,
		String summary, String sourceUrl, boolean spark) {

	public static ActivityRow of(ActivityEntry entry, String productSlug, String productName) {
		return new ActivityRow(productSlug, productName, entry.occurredOn(), entry.kind(), entry.title(),
				entry.summary(), entry.sourceUrl(), entry.spark());
	}

}
