package io.sparkpulse.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the {@link AddressGuard} refuses. It is an
 * {@link UnknownHostException} because, as far as the HTTP client is concerned, the host
 * has no address it may use.
 */
class RefusedAddressException extends UnknownHostException {

	RefusedAddressException(String host, String address, String reason) {
		super(host + " resolves to " + address + ", " + reason);
	}

}
