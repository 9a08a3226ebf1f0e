package io.sparkpulse.ingest.fetch;

import java.time.Duration;

/**
 * The limits every fetch runs under.
 *
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param readTimeout longest silence while waiting for the response or reading the body
 * @param fetchTimeout longest a whole fetch may take, redirects and body included,
 * however the server trickles its bytes
 * @param maxBodyBytes largest body read (after decompression); larger ones are refused
 * while streaming
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the User-Agent header sent
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, Duration fetchTimeout, long maxBodyBytes,
		int maxRedirects, String userAgent) {
}
