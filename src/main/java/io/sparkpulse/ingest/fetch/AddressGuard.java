package io.sparkpulse.ingest.fetch;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a feed fetch may connect to an address. Only public unicast addresses
 * are allowed: loopback, private, link-local (including the cloud metadata address
 * 169.254.169.254), carrier-grade NAT, multicast, unspecified, documentation and other
 * reserved ranges are refused, in IPv4, IPv6 and in the IPv6 forms that embed an IPv4
 * address (IPv4-mapped, IPv4-compatible, NAT64, 6to4). Configuration can allow every
 * non-public address (an intranet deployment) or only some networks (tests allow
 * loopback, where their feed server listens).
 */
public final class AddressGuard {

	private static final List<Range> NON_PUBLIC = List.of(new Range("0.0.0.0/8", "an unspecified address"),
			new Range("10.0.0.0/8", "a private address"), new Range("100.64.0.0/10", "a carrier-grade NAT address"),
			new Range("127.0.0.0/8", "a loopback address"), new Range("169.254.0.0/16", "a link-local address"),
			new Range("172.16.0.0/12", "a private address"), new Range("192.0.0.0/24", "a reserved address"),
			new Range("192.0.2.0/24", "a documentation address"), new Range("192.88.99.0/24", "a reserved address"),
			new Range("192.168.0.0/16", "a private address"), new Range("198.18.0.0/15", "a reserved address"),
			new Range("198.51.100.0/24", "a documentation address"),
			new Range("203.0.113.0/24", "a documentation address"), new Range("224.0.0.0/4", "a multicast address"),
			new Range("240.0.0.0/4", "a reserved address"), new Range("::/128", "an unspecified address"),
			new Range("::1/128", "a loopback address"), new Range("64:ff9b:1::/48", "a private address"),
			new Range("100::/64", "a reserved address"), new Range("2001::/32", "a tunnelling address"),
			new Range("2001:db8::/32", "a documentation address"), new Range("fc00::/7", "a private address"),
			new Range("fe80::/10", "a link-local address"), new Range("fec0::/10", "a site-local address"),
			new Range("ff00::/8", "a multicast address"));

	private static final Cidr IPV4_MAPPED = Cidr.parse("::ffff:0:0/96");

	private static final Cidr IPV4_COMPATIBLE = Cidr.parse("::/96");

	private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

	private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

	private final boolean allowNonPublic;

	private final List<Cidr> allowed;

	/**
	 * @param allowNonPublic allow every address (for deployments that follow feeds on
	 * their own network)
	 * @param allowedNetworks networks allowed even though they are not public, in CIDR
	 * notation
	 */
	public AddressGuard(boolean allowNonPublic, List<String> allowedNetworks) {
		this.allowNonPublic = allowNonPublic;
		this.allowed = allowedNetworks.stream().map(Cidr::parse).toList();
	}

	/**
	 * Why a fetch must not connect to {@code address}, or empty when it may.
	 */
	public Optional<String> refusal(InetAddress address) {
		byte[] bytes = address.getAddress();
		byte[] embedded = embeddedIpv4(bytes);
		if (this.allowNonPublic || isAllowed(bytes) || (embedded != null && isAllowed(embedded))) {
			return Optional.empty();
		}
		if (embedded != null) {
			return nonPublic(embedded).map((reason) -> reason + " (embedded in an IPv6 address)");
		}
		return nonPublic(bytes);
	}

	private boolean isAllowed(byte[] address) {
		return this.allowed.stream().anyMatch((network) -> network.contains(address));
	}

	private static Optional<String> nonPublic(byte[] address) {
		return NON_PUBLIC.stream().filter((range) -> range.network().contains(address)).map(Range::reason).findFirst();
	}

	/**
	 * The IPv4 address inside an IPv6 address that carries one, or {@code null}.
	 * {@code ::} and {@code ::1} are IPv6 addresses of their own, not IPv4-compatible
	 * ones.
	 */
	private static byte[] embeddedIpv4(byte[] address) {
		if (address.length != 16) {
			return null;
		}
		if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
			return Arrays.copyOfRange(address, 12, 16);
		}
		if (IPV4_COMPATIBLE.contains(address) && nonPublic(address).isEmpty()) {
			return Arrays.copyOfRange(address, 12, 16);
		}
		if (SIX_TO_FOUR.contains(address)) {
			return Arrays.copyOfRange(address, 2, 6);
		}
		return null;
	}

	private record Range(Cidr network, String reason) {

		Range(String cidr, String reason) {
			this(Cidr.parse(cidr), reason);
		}

	}

}
