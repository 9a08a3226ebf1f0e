package io.sparkpulse.devdatabase;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The chain's questions asked of the machine the application runs on.
 */
final class ThisMachine implements DatabaseSourceChain.Machine {

	/** PostgreSQL's SSLRequest code: a server answers it with one byte, 'S' or 'N'. */
	private static final int SSL_REQUEST = 80877103;

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

	private final int localPort;

	private final Path composeFile;

	ThisMachine(int localPort, Path composeFile) {
		this.localPort = localPort;
		this.composeFile = composeFile;
	}

	@Override
	public boolean localPostgresAnswers() {
		return postgresAnswers("localhost", this.localPort);
	}

	/**
	 * A PostgreSQL, not just anything, listens there: it answers the first message of the
	 * protocol. The connection ends before any sign-in, which the server does not log.
	 */
	static boolean postgresAnswers(String host, int port) {
		int timeout = (int) PROBE_TIMEOUT.toMillis();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), timeout);
			socket.setSoTimeout(timeout);
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.writeInt(8);
			out.writeInt(SSL_REQUEST);
			out.flush();
			InputStream in = socket.getInputStream();
			int answer = in.read();
			return answer == 'S' || answer == 'N';
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A {@code docker} command alone is not enough: its engine must answer (a client
	 * without a running engine counts as no Docker), Compose must be installed, and there
	 * must be a compose file to start.
	 */
	@Override
	public boolean dockerEngineAnswers() {
		return Files.isRegularFile(this.composeFile) && succeeds("docker", "info", "--format", "{{.ServerVersion}}")
				&& (succeeds("docker", "compose", "version") || succeeds("docker-compose", "version"));
	}

	private static boolean succeeds(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * On Linux {@code /proc/self} belongs to the process's effective user; elsewhere the
	 * user name is what there is.
	 */
	@Override
	public boolean runningAsRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

}
