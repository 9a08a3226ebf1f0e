package io.sparkpulse.resilience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.SparkpulseApplication;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A stopping instance refuses new connections at once, but still answers the next request
 * of a reader whose connection was already open, telling it to close that connection,
 * instead of dropping it.
 */
class ShutdownDrainTest {

	@Test
	void aStoppingInstanceAnswersOpenConnectionsAndRefusesNewOnes() throws Exception {
		ConfigurableApplicationContext instance = start();
		int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
		try (Socket kept = new Socket("127.0.0.1", port)) {
			kept.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(kept.getInputStream(), StandardCharsets.ISO_8859_1));
			List<String> before = exchange(kept.getOutputStream(), in);
			assertThat(before.get(0)).isEqualTo("HTTP/1.1 200 ");
			assertThat(before).noneMatch((header) -> header.equalsIgnoreCase("Connection: close"));

			CompletableFuture<Void> stopping = CompletableFuture.runAsync(instance::close);
			awaitRefused(port);

			List<String> during = exchange(kept.getOutputStream(), in);
			assertThat(during.get(0)).isEqualTo("HTTP/1.1 200 ");
			assertThat(during).anyMatch((header) -> header.equalsIgnoreCase("Connection: close"));
			stopping.get(30, TimeUnit.SECONDS);
		}
		finally {
			instance.close();
		}
	}

	/**
	 * One GET of /methodology on an open connection: its status line and headers (the
	 * body is skipped).
	 */
	private static List<String> exchange(OutputStream out, BufferedReader in) throws IOException {
		out.write("GET /methodology HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		List<String> head = new ArrayList<>();
		int length = -1;
		for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
			head.add(line);
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		assertThat(length).as("a sized body").isPositive();
		char[] body = new char[length];
		for (int read = 0; read < length;) {
			read += in.read(body, read, length - read);
		}
		return head;
	}

	private static void awaitRefused(int port) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket probe = new Socket("127.0.0.1", port)) {
				Thread.sleep(20);
			}
			catch (IOException refused) {
				assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
					throw refused;
				});
				return;
			}
		}
		throw new AssertionError("new connections were still accepted 10 s into the shutdown");
	}

	private static ConfigurableApplicationContext start() {
		TestDatabase.Coordinates db = TestDatabase.coordinates();
		return new SpringApplicationBuilder(SparkpulseApplication.class, FixedClock.class).run(
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--spring.datasource.hikari.maximum-pool-size=2",
				"--spring.datasource.hikari.minimum-idle=1", "--server.port=0", "--management.server.port=-1",
				"--sparkpulse.ingest.polling-enabled=false", "--sparkpulse.shutdown.drain=3s");
	}

}
