package io.sparkpulse.ingest;

import java.time.Instant;
import java.time.LocalDate;

import io.sparkpulse.activity.ActivityKind;

/**
 * An ingested item waiting for an editor: what it says, which product and feed it came
 * from.
 *
 * @param itemId the activity item, to pass to {@link ReviewQueue}'s decisions
 * @param url the entry's own address, or {@code null}
 * @param ingestedAt when the item was first read from the feed
 */
public record ReviewItem(long itemId, long productId, String productSlug, String productName, long sourceId,
		String sourceUrl, FeedKind sourceKind, LocalDate occurredOn, ActivityKind kind, String title, String summary,
		String url, Instant ingestedAt) {
}
