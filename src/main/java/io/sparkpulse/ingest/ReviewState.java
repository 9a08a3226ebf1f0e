package io.sparkpulse.ingest;

/**
 * Where an ingested item stands, as the admin's audit log records it before and after a
 * decision.
 *
 * @param awaitingReview no editor has decided on it yet
 * @param hidden left out of public pages and of the score
 */
public record ReviewState(long itemId, long productId, String title, boolean awaitingReview, boolean spark,
		boolean hidden) {
}
