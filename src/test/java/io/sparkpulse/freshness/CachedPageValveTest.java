package io.sparkpulse.freshness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages held in memory, as a real client gets them from the servlet container: the same
 * bytes and headers as the rendered page, a request id of their own, and 304s for a
 * matching validator.
 */
@ServerTest
class CachedPageValveTest {

	private static final List<String> PAGE_HEADERS = List.of("content-type", "content-security-policy",
			"x-content-type-options", "x-frame-options", "referrer-policy", "etag", "last-modified", "cache-control");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void aPageFromMemoryIsTheRenderedPageWithARequestIdOfItsOwn() throws Exception {
		HttpResponse<String> rendered = get("/compare/grafana-vs-react");
		double hitsBefore = hits();
		HttpResponse<String> copy = get("/compare/grafana-vs-react");

		assertThat(hits()).isEqualTo(hitsBefore + 1);
		assertThat(copy.statusCode()).isEqualTo(200);
		assertThat(copy.body()).isEqualTo(rendered.body());
		for (String header : PAGE_HEADERS) {
			assertThat(copy.headers().allValues(header)).as(header)
				.isNotEmpty()
				.isEqualTo(rendered.headers().allValues(header));
		}
		assertThat(copy.headers().firstValue("x-request-id")).isPresent()
			.isNotEqualTo(rendered.headers().firstValue("x-request-id"));
	}

	@Test
	void aMatchingValidatorIsAnswered304AndAProxysRequestIdIsKept() throws Exception {
		String etag = get("/products/react").headers().firstValue("etag").orElseThrow();
		HttpResponse<String> revalidated = this.http.send(HttpRequest.newBuilder(uri("/products/react"))
			.header("If-None-Match", etag)
			.header("X-Request-Id", "proxy-id-12345")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("etag")).contains(etag);
		assertThat(revalidated.headers().allValues("x-request-id")).containsExactly("proxy-id-12345");
	}

	@Test
	void aRenderedPageCarriesOneRequestId() throws Exception {
		HttpResponse<String> rendered = get("/alternatives/grafana");

		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(rendered.headers().allValues("x-request-id")).hasSize(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private double hits() {
		return this.meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

}
