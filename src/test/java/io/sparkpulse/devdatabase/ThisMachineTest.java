package io.sparkpulse.devdatabase;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.sparkpulse.support.TestDatabase;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine probes against real servers: the tests' PostgreSQL, a closed port, and a
 * server that is not PostgreSQL.
 */
class ThisMachineTest {

	@Test
	void thePostgresOfTheTestsAnswers() {
		URI server = testServer();
		assertThat(ThisMachine.postgresAnswers(server.getHost(), server.getPort())).isTrue();
	}

	@Test
	void aClosedPortDoesNotAnswer() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		assertThat(ThisMachine.postgresAnswers("127.0.0.1", closed)).isFalse();
	}

	@Test
	void aServerThatIsNotPostgresDoesNotCount() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread answering = new Thread(() -> {
				try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
					out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					// the probe hung up first
				}
			});
			answering.start();
			assertThat(ThisMachine.postgresAnswers("127.0.0.1", server.getLocalPort())).isFalse();
			answering.join(5000);
		}
	}

	@Test
	void aMissingComposeFileMeansNoDocker() {
		assertThat(new ThisMachine(5432, Path.of("target", "no-such-compose.yml")).dockerEngineAnswers()).isFalse();
	}

	@Test
	void theLocalPathFindsThePostgresAnsweringOnItsPort() {
		URI server = testServer();
		ConfigurableEnvironment environment = DevelopmentDatabaseTest
			.environment(Map.of("SPARKPULSE_DEV_DATABASE_LOCAL_PORT", String.valueOf(server.getPort())));
		SpringApplication run = new SpringApplication(io.sparkpulse.SparkpulseApplication.class);
		run.setMainApplicationClass(io.sparkpulse.SparkpulseApplication.class);
		DevelopmentDatabase chain = new DevelopmentDatabase(LogFactory.getLog(DevelopmentDatabase.class),
				(properties) -> new ThisMachine(properties.localPort(), Path.of("target", "no-such-compose.yml")),
				(folder) -> {
					throw new AssertionError("no embedded server while a local one answers");
				});

		chain.postProcessEnvironment(environment, run);

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:" + server.getPort() + "/postgres");
	}

	private static URI testServer() {
		return URI.create(TestDatabase.coordinates().url().substring("jdbc:".length()));
	}

}
