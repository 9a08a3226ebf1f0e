package io.sparkpulse.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.sparkpulse.support.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors as a real HTTP client meets them, through the servlet container's error
 * dispatch.
 */
@ServerTest
class ErrorPagesTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressGetsTheDesigned404PageEvenWhenJsonIsAccepted() throws Exception {
		HttpResponse<String> response = send("GET", "/no/such/page", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void aWrongMethodIsAClientErrorWithoutDetails() throws Exception {
		HttpResponse<String> response = send("DELETE", "/compare/session-vs-synapse", "*/*");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("Bad request").doesNotContain("Exception", "at io.sparkpulse");
	}

	@Test
	void markupInAPathIsNeverReflected() throws Exception {
		for (String path : new String[] { "/products/%3Cscript%3Ealert(1)%3C/script%3E",
				"/compare/%3Cscript%3Ealert(1)%3C%2Fscript%3E-vs-session", "/products/synapse?page=%3Cscript%3E" }) {
			HttpResponse<String> response = send("GET", path, "text/html");
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.body()).as(path).doesNotContain("<script>", "alert(1)");
		}
	}

	private HttpResponse<String> send(String method, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
