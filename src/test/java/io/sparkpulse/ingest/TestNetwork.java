package io.sparkpulse.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import io.sparkpulse.ingest.fetch.HostResolver;
import io.sparkpulse.ingest.fetch.SocketOpener;

/**
 * The network as ingestion tests see it. Host names are made up (the {@code .test}
 * top-level domain never resolves for real) and mapped to loopback, where the test feed
 * server listens, or to private, link-local and metadata addresses; IP literals are read
 * as they are. Nothing is ever asked of DNS. Sockets refuse to connect anywhere but
 * loopback and remember who tried: if the address guard ever let a hostile address
 * through, the test would fail on that refusal instead of reaching another machine.
 */
public final class TestNetwork {

	/** Literals are parsed, never looked up: Java reads them without asking DNS. */
	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private TestNetwork() {
	}

	public static HostResolver resolver() {
		Map<String, List<InetAddress>> hosts = Map.ofEntries(Map.entry("feeds.test", List.of(ip("127.0.0.1"))),
				Map.entry("private.test", List.of(ip("10.0.0.7"))),
				Map.entry("router.test", List.of(ip("192.168.1.1"))),
				Map.entry("intranet.test", List.of(ip("172.20.0.5"))),
				Map.entry("cgnat.test", List.of(ip("100.64.1.1"))),
				Map.entry("link-local.test", List.of(ip("169.254.10.20"))),
				Map.entry("metadata.test", List.of(ip("169.254.169.254"))),
				Map.entry("mapped.test", List.of(ipv6("::ffff:169.254.169.254"))),
				Map.entry("ula.test", List.of(ip("fd00::1"))), Map.entry("v6-link-local.test", List.of(ip("fe80::1"))),
				Map.entry("mixed.test", List.of(ip("93.184.216.34"), ip("10.0.0.7"))));
		return (host) -> {
			if (IPV4_LITERAL.matcher(host).matches() || IPV6_LITERAL.matcher(host).matches()) {
				return List.of(InetAddress.getByName(host));
			}
			List<InetAddress> addresses = hosts.get(host);
			if (addresses == null) {
				throw new UnknownHostException(host + " is not a test host");
			}
			return addresses;
		};
	}

	public static InetAddress ip(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	/**
	 * An IPv6 address kept as IPv6 even when Java would turn it into IPv4 (IPv4-mapped
	 * forms).
	 */
	static InetAddress ipv6(String literal) {
		try {
			byte[] bytes = new byte[16];
			byte[] parsed = InetAddress.getByName(literal).getAddress();
			if (parsed.length == 4) {
				bytes[10] = (byte) 0xff;
				bytes[11] = (byte) 0xff;
				System.arraycopy(parsed, 0, bytes, 12, 4);
			}
			else {
				bytes = parsed;
			}
			return Inet6Address.getByAddress(null, bytes, -1);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	/**
	 * Sockets that connect to loopback only, and list every other address something tried
	 * to reach.
	 */
	public static final class LoopbackOnlySockets implements SocketOpener {

		private final List<SocketAddress> refused = new CopyOnWriteArrayList<>();

		@Override
		public Socket open() {
			return new Socket() {
				@Override
				public void connect(SocketAddress endpoint, int timeout) throws IOException {
					if (!(endpoint instanceof InetSocketAddress inet) || inet.getAddress() == null
							|| !inet.getAddress().isLoopbackAddress()) {
						LoopbackOnlySockets.this.refused.add(endpoint);
						throw new ConnectException("Test network: no connections beyond loopback (" + endpoint + ")");
					}
					super.connect(endpoint, timeout);
				}
			};
		}

		/**
		 * Addresses a fetch tried to connect to although they are not loopback; must stay
		 * empty.
		 */
		public List<SocketAddress> refused() {
			return this.refused;
		}

	}

}
