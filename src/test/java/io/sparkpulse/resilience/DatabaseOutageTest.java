package io.sparkpulse.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.support.DatabaseProxy;
import io.sparkpulse.support.ServerTest;
import io.sparkpulse.support.ThroughDatabaseProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away while readers browse: cached pages keep being served, others get
 * the designed 503 with Retry-After, readiness reports the database down, and everything
 * recovers on its own once the database is back, without restarting the application.
 */
@ServerTest
@ThroughDatabaseProxy
class DatabaseOutageTest {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void databaseIsBack() throws Exception {
		DatabaseProxy.instance().restore();
		Instant back = Instant.now();
		while (get("/products/zulip").statusCode() != 200 && Duration.between(back, Instant.now()).toSeconds() < 15) {
			Thread.sleep(200);
		}
	}

	@Test
	void readersKeepCachedPagesGetA503ForOthersAndEverythingRecoversAfterwards() throws Exception {
		assertThat(get("/compare/session-vs-synapse").statusCode()).isEqualTo(200);
		assertThat(readiness()).isEqualTo(200);

		DatabaseProxy.instance().cut();

		assertThat(get("/compare/session-vs-synapse").statusCode()).as("a cached page").isEqualTo(200);
		HttpResponse<String> uncached = get("/products/signal");
		assertThat(uncached.statusCode()).isEqualTo(503);
		assertThat(uncached.headers().firstValue("Retry-After")).contains("10");
		assertThat(uncached.body()).contains("Temporarily unavailable").doesNotContain("Exception");
		assertThat(readiness()).as("readiness while the database is down").isEqualTo(503);

		DatabaseProxy.instance().restore();
		Instant back = Instant.now();
		int status = 0;
		while (status != 200 && Duration.between(back, Instant.now()).toSeconds() < 5) {
			status = get("/products/signal").statusCode();
		}
		assertThat(status).as("recovered within 5 s").isEqualTo(200);
		assertThat(readiness()).isEqualTo(200);
	}

	@Test
	void aPageWhoseDataChangedIsServedStaleWhenItCannotBeRenderedAgain() throws Exception {
		String before = get("/alternatives/session").body();
		this.transactions.executeWithoutResult((tx) -> this.dataVersion.bump(DependencyKeys.SITE));

		DatabaseProxy.instance().cut();

		HttpResponse<String> stale = get("/alternatives/session");
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).isEqualTo(before);
		assertThat(stale.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int readiness() throws Exception {
		return this.http
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
