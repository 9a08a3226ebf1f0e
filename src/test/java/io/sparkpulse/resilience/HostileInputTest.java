package io.sparkpulse.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.sparkpulse.support.ServerTest;
import io.sparkpulse.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several thousand hostile requests, generated from a fixed seed so a failure replays
 * exactly: odd and very long slugs, percent-encoded junk, traversal, quotes, markup in
 * paths and queries, huge query strings and headers, odd methods. Every one gets a 4xx or
 * a page, never a 5xx, and no markup is ever reflected.
 */
@ServerTest
class HostileInputTest {

	private static final String MARKER = "<script>alert('sp')</script>";

	private static final List<String> PREFIXES = List.of("/products/", "/compare/", "/alternatives/", "/sectors/",
			"/search?q=", "/products/synapse?page=", "/sitemaps/", "/cards/products/", "/cards/compare/", "/",
			"/compare/session-vs-", "/products/synapse/", "/admin/", "/feed.atom?x=");

	private static final List<String> PIECES = List.of(MARKER, "%3Cscript%3Ealert('sp')%3C%2Fscript%3E",
			"%3Csvg%20onload%3Dalert(1)%3E", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%00",
			"%ff%fe", "%c0%af", "'", "\"", "';--", "\" or \"1\"=\"1", "-vs-", "-vs--vs-", "synapse", "SESSION",
			"session-vs-synapse", "%20", "+", "%0d%0aSet-Cookie:%20x=1", "${7*7}", "{{7*7}}", "%25", "%", "é",
			"%E2%80%AE", "\\u0000", "a-", "-a", "--", "0", "-1", "999999999999999999999", "1e9", "NaN", "null", "[]",
			"{}", ";", "|", "*", ".", "..", ".xml", ".png", "//", "%2F%2F", "?", "#", "&page=2");

	private static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE",
			"PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO");

	@LocalServerPort
	int port;

	@Test
	void noHostileRequestGetsAServerErrorOrReflectedMarkup() throws Exception {
		Random random = new Random(20261127L);
		List<String> failures = new ArrayList<>();
		int requests = 3000;
		for (int i = 0; i < requests; i++) {
			String method = METHODS.get(random.nextInt(METHODS.size()));
			String target = target(random);
			String headers = headers(random);
			RawHttp.Response response = RawHttp.send(this.port, method, target, headers);
			if (response.status() >= 500 || response.status() == -1 && !oversized(target, headers)) {
				failures.add(response.status() + " for " + method + " " + abbreviate(target));
			}
			if (response.text().contains(MARKER) || response.text().contains("<svg onload")) {
				failures.add("markup reflected for " + method + " " + abbreviate(target));
			}
			if (failures.size() > 20) {
				break;
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void oversizedRequestsAreRefusedWithAClientError() throws Exception {
		assertThat(RawHttp.send(this.port, "GET", "/search?q=" + "x".repeat(20_000), "").status()).isBetween(400, 499);
		assertThat(RawHttp.send(this.port, "GET", "/", "X-Padding: " + "y".repeat(20_000) + "\r\n").status())
			.isBetween(400, 499);
		assertThat(RawHttp.send(this.port, "TRACE", "/", "").status()).isBetween(400, 499);
	}

	private static String target(Random random) {
		StringBuilder target = new StringBuilder(PREFIXES.get(random.nextInt(PREFIXES.size())));
		int pieces = 1 + random.nextInt(4);
		for (int i = 0; i < pieces; i++) {
			target.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		if (random.nextInt(20) == 0) {
			target.append("a".repeat(200 + random.nextInt(6000)));
		}
		return target.toString().replace(" ", "%20").replace("\r", "").replace("\n", "");
	}

	private static String headers(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> "If-None-Match: " + MARKER + "\r\n";
			case 1 -> "Accept: application/json\r\n";
			case 2 -> "X-Request-Id: " + MARKER.replace(" ", "") + "\r\n";
			case 3 -> "Cookie: SESSION=" + "z".repeat(100) + "\r\n";
			case 4 -> "If-Modified-Since: yesterday\r\n";
			case 5 -> "Accept-Language: " + MARKER + "\r\n";
			default -> "";
		};
	}

	private static boolean oversized(String target, String headers) {
		return target.length() + headers.length() > 8000;
	}

	private static String abbreviate(String target) {
		return (target.length() > 120) ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
	}

}
