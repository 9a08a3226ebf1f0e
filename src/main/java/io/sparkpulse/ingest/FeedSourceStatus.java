package io.sparkpulse.ingest;

import java.time.Instant;

/**
 * A feed source with its health, as the admin shows it. Times are {@code null} until they
 * first happen.
 *
 * @param lastFetchAt when the last fetch started, whatever came of it
 * @param lastSuccessAt when a fetch last succeeded (an unchanged feed counts)
 * @param lastError what went wrong the last time something did, kept after recovery as
 * history
 * @param consecutiveFailures failed fetches since the last success; 0 when healthy
 * @param itemsFound activity items this source has produced
 * @param itemsAwaitingReview of those, the ones no editor has looked at yet
 * @param nextFetchAt when the source is due next (later than usual while backing off)
 */
public record FeedSourceStatus(long id, long productId, String url, FeedKind kind, Health health, Instant lastFetchAt,
		Instant lastSuccessAt, String lastError, Instant lastErrorAt, int consecutiveFailures, int itemsFound,
		int itemsAwaitingReview, Instant nextFetchAt) {

	static Health healthOf(Instant lastSuccessAt, int consecutiveFailures) {
		if (consecutiveFailures > 0) {
			return Health.FAILING;
		}
		return (lastSuccessAt != null) ? Health.OK : Health.NOT_FETCHED_YET;
	}

	/**
	 * How the source is doing, in one word.
	 */
	public enum Health {

		/** Added, never fetched successfully, never failed. */
		NOT_FETCHED_YET,

		/** The last fetch succeeded. */
		OK,

		/** The last fetch failed; the source is retried with a growing back-off. */
		FAILING

	}

}
