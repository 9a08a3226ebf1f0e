package io.sparkpulse.devdatabase;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the run command's database chain, read before the application context
 * exists (so bound by hand, not as a bean). Without a datasource configured they only
 * matter for {@code ./mvnw spring-boot:run}; the packaged jar never reads them.
 *
 * @param localPort the port on localhost where a PostgreSQL is looked for second in the
 * chain (its {@code postgres} database, user {@code postgres}, no password)
 * @param embeddedFolder where the embedded PostgreSQL keeps its data and log; empty means
 * {@code .sparkpulse/dev-postgres} in the user's home folder
 */
record DevelopmentDatabaseProperties(@DefaultValue("5432") int localPort, Path embeddedFolder) {

	Path embeddedFolderOrDefault() {
		return (this.embeddedFolder != null) ? this.embeddedFolder
				: Path.of(System.getProperty("user.home"), ".sparkpulse", "dev-postgres");
	}

}
