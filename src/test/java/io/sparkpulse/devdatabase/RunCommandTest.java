package io.sparkpulse.devdatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.zaxxer.hikari.HikariDataSource;
import io.sparkpulse.SparkpulseApplication;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started as the run command starts it (through its main class, with the
 * development libraries on the classpath), given a datasource: it uses exactly that one.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunCommandTest {

	@Test
	void aConfiguredDatabaseIsUsedAsGivenAndServesTheComparePage(CapturedOutput output) throws Exception {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		// The tests' fixed clock: this site shares the tests' database and recomputes
		// scores
		// as it starts.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SparkpulseApplication.class,
				FixedClock.class)
			.main(SparkpulseApplication.class)
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.datasource.hikari.maximum-pool-size=2", "--server.port=0", "--server.address=127.0.0.1",
					"--management.server.port=-1", "--sparkpulse.ingest.polling-enabled=false",
					"--sparkpulse.shutdown.drain=0s", "--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/compare/session-vs-synapse"))
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(context.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(database.url());
			assertThat(context.getEnvironment().getProperty("spring.docker.compose.enabled")).isEqualTo("false");
			assertThat(output).containsOnlyOnce("Database: as configured, " + database.url().split("\\?")[0]);
		}
	}

}
