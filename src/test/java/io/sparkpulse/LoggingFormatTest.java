package io.sparkpulse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People read the console (the run command, the tests); a log collector reads JSON, which
 * one setting switches on and docker compose uses.
 */
class LoggingFormatTest {

	private static final String STRUCTURED = "logging.structured.format.console";

	@Test
	void theConsoleIsPlainTextUnlessSwitchedToJson() throws IOException {
		for (String file : new String[] { "application.properties", "config/admin.properties",
				"config/ingest.properties" }) {
			Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
			assertThat(properties.getProperty(STRUCTURED)).as(file).isNull();
		}
	}

	@Test
	void dockerComposeRunsTheSiteWithJsonLogs() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		String app = compose.substring(compose.indexOf("\n  app:"));
		assertThat(app).contains("LOGGING_STRUCTURED_FORMAT_CONSOLE: ecs");
	}

}
