package io.sparkpulse.backup;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Exporting and importing the catalog from the command line (see {@link BackupCommand}).
 *
 * @param export write the whole catalog to this JSON file at start-up, then exit
 * @param importFrom recreate the catalog from this JSON file in an empty database at
 * start-up, then exit
 * @param timeout how long one export or import transaction may take
 * @param fetchSize rows read from PostgreSQL per round trip while exporting, so a big
 * catalog is streamed
 */
@Validated
@ConfigurationProperties("sparkpulse.backup")
public record BackupProperties(Path export, @Name("import") Path importFrom,
		@DefaultValue("30m") @NotNull Duration timeout, @DefaultValue("1000") @Positive int fetchSize) {

	int timeoutSeconds() {
		return Math.toIntExact(this.timeout.toSeconds());
	}

}
