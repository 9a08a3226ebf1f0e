package io.sparkpulse.ingest;

import java.util.UUID;

import io.sparkpulse.ingest.fetch.CacheValidators;

/**
 * A source an instance has claimed for one fetch. Its outcome is stored only while
 * {@code lease} is still the source's lease token.
 *
 * @param consecutiveFailures failures before this fetch
 * @param lastError the error recorded before this fetch, if any
 */
record ClaimedSource(long id, long productId, String url, FeedKind kind, CacheValidators validators,
		int consecutiveFailures, String lastError, UUID lease) {
}
