package io.sparkpulse.ingest.fetch;

/**
 * A fetch that got an answer: either "not modified" (304) or a body of at most the
 * policy's size.
 *
 * @param body the response body ({@code null} when not modified)
 * @param validators what to send next time (on 304, the ones that were sent unless the
 * server gave new)
 */
public record FetchResult(boolean notModified, byte[] body, CacheValidators validators) {

	static FetchResult notModified(CacheValidators validators) {
		return new FetchResult(true, null, validators);
	}

	static FetchResult body(byte[] body, CacheValidators validators) {
		return new FetchResult(false, body, validators);
	}

}
