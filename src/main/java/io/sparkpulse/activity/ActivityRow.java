package io.sparkpulse.activity;

import io.sparkpulse.web.When;

/**
 * An activity item ready for a timeline: which product, when, what, and whether editors
 * flagged it.
 */
public record ActivityRow(String productSlug, String productName, When when, ActivityKind kind, String title,
		String summary, String sourceUrl, boolean spark) {

	public static ActivityRow of(ActivityEntry entry, String productSlug, String productName, When when) {
		return new ActivityRow(productSlug, productName, when, entry.kind(), entry.title(), entry.summary(),
				entry.sourceUrl(), entry.spark());
	}

}
