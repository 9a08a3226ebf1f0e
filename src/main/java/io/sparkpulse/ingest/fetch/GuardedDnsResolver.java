package io.sparkpulse.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way to find addresses: it resolves the host once and hands back
 * only addresses the guard accepted, so the connection goes to exactly what was checked.
 * If any address of the host is refused, the whole host is, so a name cannot mix a public
 * address with an internal one and hope the client tries the internal one.
 */
final class GuardedDnsResolver implements DnsResolver {

	private final HostResolver resolver;

	private final AddressGuard guard;

	GuardedDnsResolver(HostResolver resolver, AddressGuard guard) {
		this.resolver = resolver;
		this.guard = guard;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		String name = unbracketed(host);
		List<InetAddress> addresses = this.resolver.resolve(name);
		if (addresses == null || addresses.isEmpty()) {
			throw new UnknownHostException(name);
		}
		for (InetAddress address : addresses) {
			Optional<String> refusal = this.guard.refusal(address);
			if (refusal.isPresent()) {
				throw new RefusedAddressException(name, address.getHostAddress(), refusal.get());
			}
		}
		return addresses.toArray(InetAddress[]::new);
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		return Arrays.stream(resolve(host)).map((address) -> new InetSocketAddress(address, port)).toList();
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

	private static String unbracketed(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
