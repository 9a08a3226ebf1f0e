package io.sparkpulse.devdatabase;

/**
 * Chooses the run command's database: the first source that answers wins, and a source is
 * only probed when every one before it failed (probing Docker costs a process).
 */
final class DatabaseSourceChain {

	private DatabaseSourceChain() {
	}

	static DatabaseSource choose(boolean datasourceConfigured, Machine machine) {
		if (datasourceConfigured) {
			return DatabaseSource.CONFIGURED;
		}
		if (machine.localPostgresAnswers()) {
			return DatabaseSource.LOCAL;
		}
		if (machine.dockerEngineAnswers()) {
			return DatabaseSource.DOCKER_COMPOSE;
		}
		// PostgreSQL refuses to run as root.
		if (!machine.runningAsRoot()) {
			return DatabaseSource.EMBEDDED;
		}
		return DatabaseSource.NONE;
	}

	/**
	 * What the chain asks of the machine it runs on.
	 */
	interface Machine {

		boolean localPostgresAnswers();

		/** A Docker engine answers and Docker Compose can use it. */
		boolean dockerEngineAnswers();

		boolean runningAsRoot();

	}

}
