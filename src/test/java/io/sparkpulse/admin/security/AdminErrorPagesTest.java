package io.sparkpulse.admin.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.sparkpulse.support.FixedClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real HTTP client meets at the admin's door: a redirect to sign in, and a
 * designed page (never a stack trace) when a form arrives without its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class AdminErrorPagesTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anAnonymousVisitorIsRedirectedToSignIn() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/products")).GET());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void aFormWithoutItsCsrfTokenGetsTheDesignedForbiddenPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/products"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=x")));
		assertThat(response.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Not allowed");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(response.body()).doesNotContain("Exception", "at io.sparkpulse");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

}
