package io.sparkpulse.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the {@link AddressGuard} refuses. It is an
 * {@link UnknownHostException} because, as far as the HTTP client is concerned, the host
 * has no address it may use.
 */
class RefusedAddressException extends UnknownHostException {

	private final String host;

	RefusedAddressException(String host, String address, String reason) {
		super(host + " resolves to " + address + ", " + reason);
		this.host = host;
	}

	/**
	 * The host name as given, without what it resolved to.
	 */
	String host() {
		return this.host;
	}

}
