package io.sparkpulse.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback between the application and the test PostgreSQL, so a test
 * can take the database away and give it back ({@link #cut()}, {@link #restore()})
 * without touching the real server, which other tests share.
 */
public final class DatabaseProxy {

	private static DatabaseProxy instance;

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private DatabaseProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		ServerSocket first = listen(0);
		this.port = first.getLocalPort();
		accept(first);
	}

	public static synchronized DatabaseProxy instance() {
		if (instance == null) {
			URI target = URI.create(TestDatabase.coordinates().url().substring("jdbc:".length()));
			try {
				instance = new DatabaseProxy(target.getHost(), (target.getPort() > 0) ? target.getPort() : 5432);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the database proxy", ex);
			}
		}
		return instance;
	}

	/**
	 * The test database's JDBC URL, routed through this proxy.
	 */
	public String jdbcUrl() {
		String url = TestDatabase.coordinates().url();
		URI target = URI.create(url.substring("jdbc:".length()));
		String authority = target.getHost() + ((target.getPort() > 0) ? ":" + target.getPort() : "");
		return url.replaceFirst(java.util.regex.Pattern.quote(authority), "127.0.0.1:" + this.port);
	}

	/**
	 * The database goes away: no new connection is accepted and every open one is
	 * dropped.
	 */
	public synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	/**
	 * The database is back, on the same address.
	 */
	public synchronized void restore() throws IOException {
		if (this.server.isClosed()) {
			accept(listen(this.port));
		}
	}

	private ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket socket) {
		this.server = socket;
		daemon("db-proxy-accept", () -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					Socket upstream = new Socket(this.targetHost, this.targetPort);
					this.open.add(client);
					this.open.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// Closed by cut(), or the database refused: the client sees a dropped
					// connection.
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		daemon("db-proxy-pump", () -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side went away; closing both ends below tells the other.
			}
			finally {
				close(from);
				close(to);
			}
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private void close(Socket socket) {
		this.open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
