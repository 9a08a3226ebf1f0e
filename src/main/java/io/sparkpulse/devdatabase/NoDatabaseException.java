package io.sparkpulse.devdatabase;

/**
 * Thrown when no source of the chain answers; reported by
 * {@link NoDatabaseFailureAnalyzer} as a few lines saying what to provide.
 */
class NoDatabaseException extends RuntimeException {

	private final int localPort;

	NoDatabaseException(int localPort) {
		super("No database for the run command: no datasource is configured, no PostgreSQL answers on localhost:"
				+ localPort + ", no Docker engine answers, and an embedded PostgreSQL does not run as root.");
		this.localPort = localPort;
	}

	int localPort() {
		return this.localPort;
	}

}
