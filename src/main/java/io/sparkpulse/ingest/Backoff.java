package io.sparkpulse.ingest;

import java.time.Duration;

/**
 * How long a failing source waits before its next fetch: twice the poll interval after
 * the first failure, doubling with each further one, never more than the cap. A source
 * that is down for a day is not hammered, and one that comes back is noticed within the
 * cap.
 */
final class Backoff {

	/**
	 * 2^20 poll intervals is beyond any sensible cap; stopping there keeps the arithmetic
	 * in range.
	 */
	private static final int MAX_EXPONENT = 20;

	private Backoff() {
	}

	static Duration after(int consecutiveFailures, Duration pollInterval, Duration max) {
		int exponent = Math.max(1, Math.min(consecutiveFailures, MAX_EXPONENT));
		Duration wait = pollInterval.multipliedBy(1L << exponent);
		return (wait.compareTo(max) > 0) ? max : wait;
	}

}
