package io.sparkpulse.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import io.sparkpulse.demo.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs an export ({@code --sparkpulse.backup.export=FILE}) or an import
 * ({@code --sparkpulse.backup.import=FILE}) when the application starts with one, then
 * ends the application: these are one-off commands, not a mode the site serves in. Runs
 * before every other start-up runner, so nothing (such as the first-admin bootstrap)
 * writes into the database an import needs empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final BackupProperties properties;

	private final CatalogExport export;

	private final CatalogImport importer;

	private final ConfigurableApplicationContext context;

	BackupCommand(BackupProperties properties, DemoProperties demo, CatalogExport export, CatalogImport importer,
			ConfigurableApplicationContext context) {
		if (properties.export() != null && properties.importFrom() != null) {
			throw new BackupException("Give either sparkpulse.backup.export or sparkpulse.backup.import, not both");
		}
		// Checked while the context starts, before the demo loader could fill the
		// database the import needs empty.
		if (properties.importFrom() != null && demo.loadWhenEmpty()) {
			throw new BackupException("An import needs an empty database: start it with "
					+ "--sparkpulse.demo.load-when-empty=false, so the demo catalog is not loaded first");
		}
		this.properties = properties;
		this.export = export;
		this.importer = importer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.properties.export() != null) {
			exportTo(this.properties.export());
		}
		else if (this.properties.importFrom() != null) {
			importFrom(this.properties.importFrom());
		}
		else {
			return;
		}
		System.exit(SpringApplication.exit(this.context));
	}

	private void exportTo(Path file) throws IOException {
		Path target = file.toAbsolutePath();
		// Written next to the target and moved into place, so a failed export never
		// leaves half a file there.
		Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
		try {
			long rows;
			try (OutputStream out = Files.newOutputStream(partial)) {
				rows = this.export.exportTo(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			log.info("Exported the catalog to {}: {} rows", target, rows);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private void importFrom(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Map<String, Long> counts = this.importer.importFrom(in);
			log.info("Imported the catalog from {}: {}", file.toAbsolutePath(), counts);
		}
	}

}
