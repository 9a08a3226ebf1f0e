package io.sparkpulse.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses a fetch may connect to. It is asked exactly once
 * per connection, and the fetch connects only to what it returned after
 * {@link AddressGuard} accepted every address, so a second, different DNS answer can
 * never slip past the guard. Tests replace it to map made-up names to private or metadata
 * addresses.
 */
@FunctionalInterface
public interface HostResolver {

	/**
	 * The addresses of {@code host} (a name or an IP literal, without brackets); never
	 * empty.
	 * @throws UnknownHostException when the host has no address
	 */
	List<InetAddress> resolve(String host) throws UnknownHostException;

	/**
	 * The operating system's resolver.
	 */
	static HostResolver system() {
		return (host) -> List.of(InetAddress.getAllByName(host));
	}

}
