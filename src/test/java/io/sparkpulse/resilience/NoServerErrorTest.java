package io.sparkpulse.resilience;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.support.RawHttp;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public route prefix, and the admin's, meets the shapes of request that broke
 * sites like this one before: queries of 12,000 to 15,000 characters (which a trailing
 * slash redirect would copy into its Location header), encoded slashes and dots, NUL
 * bytes, traversal, very long segments and odd methods. None may answer with a 5xx, and
 * every one gets an answer (only requests larger than the server accepts at all may be
 * cut off).
 */
@ServerTest
class NoServerErrorTest {

	private static final List<String> PREFIXES = List.of("/", "/sectors", "/sectors/comms", "/products/synapse",
			"/products/synapse/feed.atom", "/compare/session-vs-synapse", "/compare/synapse-vs-session",
			"/compare/session-vs-synapse/feed.atom", "/alternatives/synapse", "/search", "/methodology", "/feed.atom",
			"/sitemap.xml", "/sitemaps/products.xml", "/robots.txt", "/cards/site.png", "/cards/products/synapse.png",
			"/cards/compare/session-vs-synapse.png", "/assets/css/site.css", "/login", "/logout", "/admin",
			"/admin/products", "/error", "/no-such-page");

	private static final List<String> SUFFIXES = List.of("", "/", "//", "/%2F", "%2F", "/%2f..%2f", "/..", "/../..",
			"/%2e%2e/%2e%2e", "/%00", "%00", "/%2500", "/;jsessionid=x", ";a=b", "/.", "/%C0%AF", "/%ff", "/a%2Fb",
			"/" + "s".repeat(3_000), "/" + "s".repeat(7_000), "-" + "x".repeat(7_000) + "/");

	private static final List<String> QUERIES = List.of("", "?q=", "?q=" + "q".repeat(4_000),
			"?q=" + "q".repeat(12_000), "?q=" + "q".repeat(15_000), "?page=" + "9".repeat(12_000),
			"?" + "a=1&".repeat(3_000));

	private static final List<String> METHODS = List.of("HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND",
			"FOO");

	@LocalServerPort
	int port;

	@Test
	void noPathOrQueryOnAnyRouteGetsAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String prefix : PREFIXES) {
			for (String suffix : SUFFIXES) {
				check("GET", prefix + suffix, failures);
				check("GET", prefix + suffix + "?q=%00&page=%2F..%2F", failures);
			}
			for (String query : QUERIES) {
				for (String slashes : List.of("", "/", "//")) {
					check("GET", prefix + slashes + query, failures);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void noOddMethodOnAnyRouteGetsAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String prefix : PREFIXES) {
			for (String method : METHODS) {
				for (String suffix : List.of("", "/", "/%2F..", "/" + "m".repeat(5_000))) {
					check(method, prefix + suffix, failures);
					check(method, prefix + suffix + "?q=" + "m".repeat(13_000), failures);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void aLongQueryOnATrailingSlashIsRefusedWithAPageNotAnEmptyServerError() throws Exception {
		for (String path : List.of("/sectors/", "/alternatives/", "/products/synapse/")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", path + "?q=" + "x".repeat(15_000), "");
			assertThat(response.status()).as(path).isEqualTo(414);
			assertThat(response.text()).as(path).contains("<html").doesNotContain("xxxxxxxxxx");
		}
		RawHttp.Response shortQuery = RawHttp.send(this.port, "GET", "/sectors/?q=abc", "");
		assertThat(shortQuery.status()).isEqualTo(301);
		assertThat(shortQuery.text()).contains("Location: /sectors?q=abc\r\n");
	}

	@Test
	void theErrorPathRequestedDirectlyIsNotFound() throws Exception {
		for (String method : List.of("GET", "POST", "HEAD")) {
			assertThat(RawHttp.send(this.port, method, "/error", "").status()).as(method).isEqualTo(404);
		}
		assertThat(RawHttp.send(this.port, "GET", "/error", "").text()).contains("<html");
	}

	private void check(String method, String target, List<String> failures) throws Exception {
		if (failures.size() > 20) {
			return;
		}
		RawHttp.Response response = RawHttp.send(this.port, method, target, "");
		boolean tooLargeToRead = target.length() > 16_000;
		if (response.status() >= 500 || (response.status() == -1 && !tooLargeToRead)) {
			failures.add(response.status() + " for " + method + " " + abbreviate(target));
		}
	}

	private static String abbreviate(String target) {
		return (target.length() > 100) ? target.substring(0, 100) + "…(" + target.length() + ")" : target;
	}

}
