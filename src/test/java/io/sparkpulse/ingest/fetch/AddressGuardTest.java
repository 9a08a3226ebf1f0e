package io.sparkpulse.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressGuardTest {

	private final AddressGuard guard = new AddressGuard(false, List.of());

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, a loopback address", "127.1.2.3, a loopback address", "::1, a loopback address",
			"10.0.0.7, a private address", "172.16.0.1, a private address", "172.31.255.254, a private address",
			"192.168.1.1, a private address", "fc00::1, a private address", "fd12:3456::1, a private address",
			"169.254.169.254, a link-local address", "169.254.0.1, a link-local address",
			"fe80::1, a link-local address", "100.64.0.1, a carrier-grade NAT address",
			"100.127.255.254, a carrier-grade NAT address", "224.0.0.1, a multicast address",
			"239.255.255.250, a multicast address", "ff02::1, a multicast address", "0.0.0.0, an unspecified address",
			"::, an unspecified address", "255.255.255.255, a reserved address", "192.0.2.10, a documentation address",
			"2001:db8::1, a documentation address" })
	void refusesNonPublicAddresses(String address, String reason) throws Exception {
		assertThat(this.guard.refusal(InetAddress.getByName(address))).contains(reason);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "169.255.0.1", "2606:4700::1111" })
	void allowsPublicAddresses(String address) throws Exception {
		assertThat(this.guard.refusal(InetAddress.getByName(address))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "::ffff:169.254.169.254, a link-local address", "::ffff:10.0.0.7, a private address",
			"::ffff:127.0.0.1, a loopback address", "::10.0.0.7, a private address",
			"64:ff9b::a9fe:a9fe, a link-local address", "2002:c0a8:0101::1, a private address" })
	void refusesIpv6FormsThatEmbedANonPublicIpv4Address(String address, String reason) throws Exception {
		assertThat(this.guard.refusal(ipv6(address))).contains(reason + " (embedded in an IPv6 address)");
	}

	@Test
	void allowsIpv6FormsOfPublicIpv4Addresses() throws Exception {
		assertThat(this.guard.refusal(ipv6("::ffff:93.184.216.34"))).isEmpty();
		assertThat(this.guard.refusal(ipv6("64:ff9b::5db8:d822"))).isEmpty();
	}

	@Test
	void allowedNetworksAreLetThroughAndNothingElse() throws Exception {
		AddressGuard loopbackAllowed = new AddressGuard(false, List.of("127.0.0.0/8", "::1"));
		assertThat(loopbackAllowed.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
		assertThat(loopbackAllowed.refusal(InetAddress.getByName("::1"))).isEmpty();
		assertThat(loopbackAllowed.refusal(ipv6("::ffff:127.0.0.1"))).isEmpty();
		assertThat(loopbackAllowed.refusal(InetAddress.getByName("10.0.0.7"))).contains("a private address");
		assertThat(loopbackAllowed.refusal(InetAddress.getByName("169.254.169.254"))).contains("a link-local address");
	}

	@Test
	void allowingNonPublicAddressesAllowsThemAll() throws Exception {
		AddressGuard intranet = new AddressGuard(true, List.of());
		assertThat(intranet.refusal(InetAddress.getByName("10.0.0.7"))).isEmpty();
		assertThat(intranet.refusal(InetAddress.getByName("169.254.169.254"))).isEmpty();
	}

	@Test
	void allowedNetworksMustBeIpLiteralsInCidrNotation() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AddressGuard(false, List.of("localhost")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AddressGuard(false, List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AddressGuard(false, List.of("10.0.0.0/x")));
	}

	@Test
	void cidrPrefixesCompareBitsNotBytes() {
		Cidr cgnat = Cidr.parse("100.64.0.0/10");
		assertThat(cgnat.contains(new byte[] { 100, 64, 0, 0 })).isTrue();
		assertThat(cgnat.contains(new byte[] { 100, 127, (byte) 255, (byte) 255 })).isTrue();
		assertThat(cgnat.contains(new byte[] { 100, (byte) 128, 0, 0 })).isFalse();
		assertThat(cgnat.contains(new byte[16])).isFalse();
	}

	/**
	 * Java turns IPv4-mapped literals into IPv4 addresses; a resolver may still hand out
	 * the IPv6 form.
	 */
	private static InetAddress ipv6(String literal) throws UnknownHostException {
		InetAddress parsed = InetAddress.getByName(literal);
		byte[] bytes = parsed.getAddress();
		if (bytes.length == 4) {
			bytes = new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, bytes[0], bytes[1], bytes[2],
					bytes[3] };
		}
		InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
		assertThat(address).isInstanceOf(Inet6Address.class);
		return address;
	}

}
