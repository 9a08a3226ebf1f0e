package io.sparkpulse.devdatabase;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a run without a database into Spring Boot's short "application failed to start"
 * report, naming the ways to provide one, instead of a stack trace.
 */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
		return new FailureAnalysis(cause.getMessage(), """
				Give Sparkpulse a PostgreSQL, in any one of these ways:
				  1. set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD);
				  2. start a PostgreSQL on localhost:%d that user postgres may sign in to without a password;
				  3. start Docker: the database service of docker-compose.yml is then started for you.
				Run as a user other than root and an embedded PostgreSQL is started instead."""
			.formatted(cause.localPort()), cause);
	}

}
