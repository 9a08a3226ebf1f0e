package io.sparkpulse.freshness;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sparkpulse.SparkpulseApplication;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer: an editor signed
 * in on one is signed in on the other (sessions live in PostgreSQL), and an edit saved
 * through one shows on the other's public pages within a second (the other instance sees
 * the edited product's version move and renders its pages again), while the pages that do
 * not show it keep their copies and ETags.
 */
class TwoInstancesTest {

	/**
	 * What these tests create is committed: names of their own let them run again on one
	 * database.
	 */
	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final HttpClient reader = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
		signIn(first, "cluster-session-" + RUN + "@sparkpulse.test");
		HttpResponse<String> dashboard = get(second, "/admin");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(dashboard.body()).selectFirst("h1").text()).isNotBlank();
		assertThat(get(second, "/login").statusCode()).isIn(200, 302);
	}

	@Test
	void anEditSavedThroughOneInstanceShowsOnTheOtherWithinASecond() throws Exception {
		long product = first.getBean(CatalogCommands.class)
			.createSector(new NewSector("cluster-sector-" + RUN, "Cluster", ""));
		long id = first.getBean(CatalogCommands.class)
			.createProduct(new NewProduct("cluster-product-" + RUN, "Cluster Product", product,
					"A product edited across instances", "", null, null, List.of("clusters")));
		assertThat(get(second, "/products/cluster-product-" + RUN).body()).doesNotContain("Edited across instances");

		signIn(first, "cluster-edit-" + RUN + "@sparkpulse.test");
		Document form = Jsoup.parse(get(first, "/admin/products/" + id + "/trajectory").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.selectFirst("form.admin-form input[name=_csrf]").val());
		fields.put("version", form.selectFirst("input[name=version]").val());
		fields.put("headline", "Edited across instances");
		fields.put("currentState", "Saved through the first instance.");
		fields.put("heading", "Read through the second.");
		fields.put("prediction", "Within a second.");
		HttpResponse<String> saved = post(first, "/admin/products/" + id + "/trajectory", fields);
		assertThat(saved.statusCode()).isEqualTo(302);

		long savedAt = System.nanoTime();
		String page = "";
		while (!page.contains("Edited across instances") && System.nanoTime() - savedAt < 5_000_000_000L) {
			page = get(second, "/products/cluster-product-" + RUN).body();
		}
		long elapsedMillis = (System.nanoTime() - savedAt) / 1_000_000;
		assertThat(page).contains("Edited across instances");
		assertThat(elapsedMillis).as("visible on the other instance after %d ms", elapsedMillis).isLessThan(1000);
	}

	@Test
	void anEditThroughOneInstanceInvalidatesOnTheOtherOnlyThePagesThatShowIt() throws Exception {
		CatalogCommands catalog = first.getBean(CatalogCommands.class);
		long edited = catalog.createProduct(new NewProduct("cluster-edited-" + RUN, "Cluster Edited",
				catalog.createSector(new NewSector("cluster-edited-sector-" + RUN, "Cluster Edited", "")), "Edited", "",
				null, null, List.of("clusters")));
		catalog.createProduct(new NewProduct("cluster-untouched-" + RUN, "Cluster Untouched",
				catalog.createSector(new NewSector("cluster-untouched-sector-" + RUN, "Cluster Untouched", "")),
				"Untouched", "", null, null, List.of("clusters")));
		Thread.sleep(1000);
		List<String> unrelated = List.of("/products/cluster-untouched-" + RUN, "/products/firefox",
				"/sectors/browsers");
		Map<String, String> etags = new LinkedHashMap<>();
		for (String path : unrelated) {
			etags.put(path, read(second, path, null).headers().firstValue("ETag").orElseThrow());
		}
		String editedEtag = read(second, "/products/cluster-edited-" + RUN, null).headers()
			.firstValue("ETag")
			.orElseThrow();

		signIn(first, "cluster-scope-" + RUN + "@sparkpulse.test");
		Document form = Jsoup.parse(get(first, "/admin/products/" + edited + "/trajectory").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.selectFirst("form.admin-form input[name=_csrf]").val());
		fields.put("version", form.selectFirst("input[name=version]").val());
		fields.put("headline", "Scoped across instances");
		fields.put("currentState", "Saved through the first instance.");
		fields.put("heading", "Read through the second.");
		fields.put("prediction", "Only this product's pages change.");
		assertThat(post(first, "/admin/products/" + edited + "/trajectory", fields).statusCode()).isEqualTo(302);

		long savedAt = System.nanoTime();
		HttpResponse<String> revalidated = read(second, "/products/cluster-edited-" + RUN, editedEtag);
		while (revalidated.statusCode() == 304 && System.nanoTime() - savedAt < 5_000_000_000L) {
			revalidated = read(second, "/products/cluster-edited-" + RUN, editedEtag);
		}
		long elapsedMillis = (System.nanoTime() - savedAt) / 1_000_000;
		assertThat(revalidated.statusCode()).isEqualTo(200);
		assertThat(revalidated.body()).contains("Scoped across instances");
		assertThat(elapsedMillis).as("invalidated on the other instance after %d ms", elapsedMillis).isLessThan(1000);
		for (String path : unrelated) {
			assertThat(read(second, path, etags.get(path)).statusCode()).as(path).isEqualTo(304);
		}
	}

	/** A reader: no editor's session cookie, so it is answered from the page cache. */
	private HttpResponse<String> read(ConfigurableApplicationContext instance, String path, String etag)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).header("Accept", "text/html");
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.reader.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void signIn(ConfigurableApplicationContext instance, String email) throws Exception {
		new TestAccounts(instance).ensure(email, Role.EDITOR);
		Document login = Jsoup.parse(get(instance, "/login").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", login.selectFirst("main form input[name=_csrf]").val());
		fields.put("email", email);
		fields.put("password", TestAccounts.PASSWORD);
		HttpResponse<String> signedIn = post(instance, "/login", fields);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(instance, path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> fields)
			throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
	}

	private static ConfigurableApplicationContext start() {
		TestDatabase.Coordinates db = TestDatabase.coordinates();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", db.url());
		properties.put("spring.datasource.username", db.username());
		properties.put("spring.datasource.password", db.password());
		properties.put("spring.datasource.hikari.maximum-pool-size", "3");
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("server.port", "0");
		properties.put("management.server.port", "-1");
		properties.put("sparkpulse.ingest.polling-enabled", "false");
		properties.put("sparkpulse.cache.enabled", "true");
		// As command-line arguments: they outrank application.properties, as an
		// operator's settings do.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(SparkpulseApplication.class, FixedClock.class).run(arguments);
	}

}
