package io.sparkpulse.devdatabase;

/**
 * Where the run command's database comes from, in the order they are tried.
 */
enum DatabaseSource {

	/** Datasource properties set by the user (environment, arguments, a config file). */
	CONFIGURED,

	/** A PostgreSQL already answering on the local port. */
	LOCAL,

	/** The database service of {@code docker-compose.yml}, started by Docker Compose. */
	DOCKER_COMPOSE,

	/**
	 * A real PostgreSQL started by the application, its data kept under the home folder.
	 */
	EMBEDDED,

	/** None of the above: the run stops and says what to provide. */
	NONE

}
