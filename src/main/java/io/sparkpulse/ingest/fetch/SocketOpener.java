package io.sparkpulse.ingest.fetch;

import java.io.IOException;
import java.net.Socket;

/**
 * Creates the unconnected TCP sockets that fetches connect through. Production uses plain
 * sockets; tests use sockets that refuse to connect anywhere but loopback, so a broken
 * address guard fails a test instead of reaching another machine.
 */
@FunctionalInterface
public interface SocketOpener {

	Socket open() throws IOException;

	static SocketOpener plain() {
		return Socket::new;
	}

}
