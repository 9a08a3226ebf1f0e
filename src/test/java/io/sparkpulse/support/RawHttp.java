package io.sparkpulse.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one HTTP/1.1 request exactly as given, bytes and all, to a server on loopback:
 * unlike HTTP client libraries it will send malformed targets, odd methods and oversized
 * headers, as attackers do.
 */
public final class RawHttp {

	private static final int MAX_RESPONSE = 2 * 1024 * 1024;

	private RawHttp() {
	}

	public static Response send(int port, String method, String target, String extraHeaders) throws IOException {
		return send(port, method, target, "127.0.0.1", extraHeaders);
	}

	/**
	 * The same with a Host header of the caller's choosing, as a client may send any.
	 */
	public static Response send(int port, String method, String target, String host, String extraHeaders)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			socket.setSoTimeout(15000);
			OutputStream out = socket.getOutputStream();
			String head = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
					+ extraHeaders + "\r\n";
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		int read;
		try {
			while ((read = in.read(chunk)) != -1 && buffer.size() < MAX_RESPONSE) {
				buffer.write(chunk, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// The server may reset the connection after answering an oversized request.
		}
		String text = buffer.toString(StandardCharsets.UTF_8);
		int status = -1;
		if (text.startsWith("HTTP/1.1 ") && text.length() >= 12) {
			status = Integer.parseInt(text.substring(9, 12));
		}
		return new Response(status, text);
	}

	/**
	 * The status code (-1 when the server closed without answering) and the whole
	 * response as text.
	 */
	public record Response(int status, String text) {

		/**
		 * The values of one header (by name, in any case), in order.
		 */
		public java.util.List<String> headers(String name) {
			String head = this.text.contains("\r\n\r\n") ? this.text.substring(0, this.text.indexOf("\r\n\r\n"))
					: this.text;
			return head.lines()
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.toList();
		}

	}

}
