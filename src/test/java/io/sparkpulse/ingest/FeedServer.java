package io.sparkpulse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A feed server for tests, on 127.0.0.1 and a free port, serving fixtures from
 * {@code src/test/resources} and the misbehaviours of real servers (errors, slowness,
 * endless and huge bodies, redirects). It counts the requests each path gets and
 * remembers the last request's headers.
 */
public final class FeedServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final Map<String, Response> responses = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	private final Map<String, Headers> lastHeaders = new ConcurrentHashMap<>();

	private final AtomicLong bytesSent = new AtomicLong();

	/** Released when the server closes, so handlers that stall on purpose end with it. */
	private final CountDownLatch closing = new CountDownLatch(1);

	private FeedServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "feed-server");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static FeedServer start() {
		try {
			return new FeedServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code http://127.0.0.1:port/path}. */
	public URI uri(String path) {
		return uri("127.0.0.1", path);
	}

	/**
	 * The path on this server under another host name, which a test resolver maps to some
	 * address.
	 */
	public URI uri(String host, String path) {
		return URI.create("http://" + host + ":" + port() + path);
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public FeedServer serve(String path, Response response) {
		this.responses.put(path, response);
		return this;
	}

	public int hits(String path) {
		AtomicInteger count = this.hits.get(path);
		return (count != null) ? count.get() : 0;
	}

	public String lastHeader(String path, String name) {
		Headers headers = this.lastHeaders.get(path);
		return (headers != null) ? headers.getFirst(name) : null;
	}

	/** Body bytes all responses wrote so far (or tried to, before the client hung up). */
	public long bytesSent() {
		return this.bytesSent.get();
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.hits.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
		this.lastHeaders.put(path, exchange.getRequestHeaders());
		try (exchange) {
			Response response = this.responses.get(path);
			if (response == null) {
				exchange.sendResponseHeaders(404, -1);
			}
			else {
				response.send(exchange, this);
			}
		}
		catch (IOException ex) {
			// The client hung up, which is what several tests want it to do.
		}
	}

	private void await(long millis) {
		try {
			this.closing.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void write(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes);
		this.bytesSent.addAndGet(bytes.length);
	}

	/**
	 * What a path answers.
	 */
	@FunctionalInterface
	public interface Response {

		void send(HttpExchange exchange, FeedServer server) throws IOException;

		/**
		 * A fixture from {@code src/test/resources/feeds}, with an ETag, answering 304
		 * when it matches.
		 */
		static Response feed(String fixture, String contentType) {
			return body(fixture(fixture), contentType);
		}

		/**
		 * A fixture whose {@code {port}} placeholders are replaced by the server's port.
		 */
		static Response template(String fixture, String contentType) {
			return (exchange,
					server) -> body(fixture(fixture).replace("{port}", Integer.toString(server.port())), contentType)
						.send(exchange, server);
		}

		static Response body(String content, String contentType) {
			byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
			String etag = "\"" + Integer.toHexString(content.hashCode()) + "\"";
			return (exchange, server) -> {
				exchange.getResponseHeaders().set("ETag", etag);
				if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
					exchange.sendResponseHeaders(304, -1);
					return;
				}
				exchange.getResponseHeaders().set("Content-Type", contentType);
				exchange.sendResponseHeaders(200, bytes.length);
				server.write(exchange.getResponseBody(), bytes);
			};
		}

		static Response status(int status) {
			return (exchange, server) -> exchange.sendResponseHeaders(status, -1);
		}

		static Response redirect(int status, String location) {
			return (exchange, server) -> {
				exchange.getResponseHeaders()
					.set("Location", location.replace("{port}", Integer.toString(server.port())));
				exchange.sendResponseHeaders(status, -1);
			};
		}

		/** Says nothing at all for a while, then answers as {@code then} would. */
		static Response silentFor(long millis, Response then) {
			return (exchange, server) -> {
				server.await(millis);
				then.send(exchange, server);
			};
		}

		/**
		 * Sends the headers, then one byte at a time, forever (until the client or the
		 * server hangs up).
		 */
		static Response trickle(long millisBetweenBytes) {
			return (exchange, server) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
				exchange.sendResponseHeaders(200, 0);
				OutputStream out = exchange.getResponseBody();
				server.write(out, "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
				while (server.closing.getCount() > 0) {
					server.write(out, new byte[] { ' ' });
					out.flush();
					server.await(millisBetweenBytes);
				}
			};
		}

		/**
		 * A body of {@code bytes} bytes, streamed in chunks with or without announcing
		 * its length.
		 */
		static Response huge(long bytes, boolean announceLength) {
			byte[] chunk = new byte[64 * 1024];
			java.util.Arrays.fill(chunk, (byte) ' ');
			return (exchange, server) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
				exchange.sendResponseHeaders(200, announceLength ? bytes : 0);
				OutputStream out = exchange.getResponseBody();
				for (long sent = 0; sent < bytes; sent += chunk.length) {
					server.write(out, chunk);
				}
			};
		}

		static String fixture(String name) {
			try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
				if (in == null) {
					throw new IllegalArgumentException("No fixture feeds/" + name);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
