package io.sparkpulse.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}).
 */
record Cidr(byte[] network, int prefixLength) {

	Cidr {
		if (prefixLength < 0 || prefixLength > network.length * 8) {
			throw new IllegalArgumentException("prefix length " + prefixLength + " does not fit the address");
		}
	}

	/**
	 * Parses {@code address/prefix}; a bare address is a single host. Only IP literals
	 * are accepted, so parsing never triggers a DNS lookup.
	 */
	static Cidr parse(String text) {
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		String address = (slash < 0) ? trimmed : trimmed.substring(0, slash);
		if (address.isEmpty()
				|| !address.chars().allMatch((c) -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
			throw new IllegalArgumentException("'" + text + "' is not an IP network in CIDR notation");
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (address.contains(":") && bytes.length == 4) {
				bytes = ipv4Mapped(bytes);
			}
			int prefix = (slash < 0) ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
			return new Cidr(bytes, prefix);
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not an IP network in CIDR notation", ex);
		}
	}

	/**
	 * Java reads {@code ::ffff:a.b.c.d} as IPv4; written with colons, it is meant as
	 * IPv6.
	 */
	private static byte[] ipv4Mapped(byte[] ipv4) {
		byte[] ipv6 = new byte[16];
		ipv6[10] = (byte) 0xff;
		ipv6[11] = (byte) 0xff;
		System.arraycopy(ipv4, 0, ipv6, 12, 4);
		return ipv6;
	}

	boolean contains(byte[] address) {
		if (address.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (address[i] != this.network[i]) {
				return false;
			}
		}
		int remainingBits = this.prefixLength % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (address[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

}
