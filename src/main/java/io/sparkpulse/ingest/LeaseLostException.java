package io.sparkpulse.ingest;

/**
 * The source's lease no longer belongs to the fetch trying to store its outcome: an
 * editor changed or removed the source meanwhile, or the fetch outlived its lease and
 * another instance took over. The outcome is dropped, with everything written in its
 * transaction.
 */
class LeaseLostException extends RuntimeException {

	LeaseLostException(long sourceId) {
		super("feed source " + sourceId + " is no longer leased to this fetch");
	}

}
