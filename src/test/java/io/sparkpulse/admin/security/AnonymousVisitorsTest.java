package io.sparkpulse.admin.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.support.RawHttp;
import io.sparkpulse.support.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What visitors who never signed in can make the admin do, over real HTTP: store nothing
 * (no session row, however many come), and never be redirected to a host of their
 * choosing.
 */
@ServerTest
class AnonymousVisitorsTest {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	/** A client that keeps no cookies: every request is a new visitor. */
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aThousandAnonymousVisitsToTheSignInPageAndTheAdminStoreNoSession() throws Exception {
		int before = sessionRows();
		for (int i = 0; i < 1_000; i++) {
			assertThat(get("/login").statusCode()).isEqualTo(200);
			HttpResponse<String> admin = get((i % 2 == 0) ? "/admin" : "/admin/products?page=" + i);
			assertThat(admin.statusCode()).isEqualTo(302);
			assertThat(admin.headers().firstValue("Location")).hasValue("/login");
		}
		for (int i = 0; i < 50; i++) {
			HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(url("/admin/products"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("slug=x&name=y"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isIn(302, 403);
		}
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void theSignInPageSetsOnlyItsCsrfCookieHttpOnlyAndStrict() throws Exception {
		HttpResponse<String> login = get("/login");
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).hasSize(1);
		assertThat(cookies.get(0)).startsWith(SecurityConfiguration.CSRF_COOKIE + "=")
			.contains("HttpOnly", "SameSite=Strict", "Path=/")
			.doesNotContain("Secure");
	}

	@Test
	void redirectsAreNeverBuiltFromTheHostHeader() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String target : List.of("/admin", "/admin/products", "/admin/users", "/logout", "/sectors/",
				"/sectors/?q=abc", "/compare/synapse-vs-session", "/compare/Session-vs-Synapse/", "/products/synapse/",
				"/login?locked=12:15")) {
			for (String extra : List.of("", "X-Forwarded-Host: " + EVIL + "\r\n",
					"X-Forwarded-Host: " + EVIL + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n")) {
				RawHttp.Response response = RawHttp.send(this.port, "GET", target, EVIL, extra);
				if (response.text().contains(EVIL)) {
					failures.add(target + " [" + extra.strip() + "] answered " + response.status() + " "
							+ response.headers("Location"));
				}
				for (String location : response.headers("Location")) {
					if (!location.startsWith("/") || location.startsWith("//")) {
						failures.add(target + " redirects to " + location);
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(RawHttp.send(this.port, "GET", "/admin", EVIL, "").headers("Location")).containsExactly("/login");
	}

	@Test
	void signingInOverHttpUsesTheCsrfCookieStartsTheFirstSessionAndRenewsItOnTheNextSignIn() throws Exception {
		new TestAccounts(this.context).ensure("editor@visitors.test", Role.EDITOR);
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(jar)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String token = Jsoup.parse(login.body()).selectFirst("form input[name=_csrf]").val();
		assertThat(cookie(jar, "SESSION")).as("no session before signing in").isNull();
		assertThat(cookie(jar, SecurityConfiguration.CSRF_COOKIE)).isNotNull();

		HttpResponse<String> forged = this.http.send(
				signIn(token, "Cookie: " + SecurityConfiguration.CSRF_COOKIE + "=forged"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).as("a token without its cookie").isEqualTo(403);

		HttpResponse<String> signedIn = browser.send(signIn(token, null), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin");
		String first = cookie(jar, "SESSION");
		assertThat(first).isNotNull();
		HttpResponse<String> admin = browser.send(HttpRequest.newBuilder(url("/admin")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(admin.statusCode()).isEqualTo(200);

		String adminToken = Jsoup.parse(admin.body()).selectFirst("form.sign-out input[name=_csrf]").val();
		HttpResponse<String> renewed = browser.send(signIn(adminToken, null), HttpResponse.BodyHandlers.ofString());
		assertThat(renewed.headers().firstValue("Location")).hasValue("/admin");
		assertThat(cookie(jar, "SESSION")).as("session fixation protection").isNotNull().isNotEqualTo(first);
	}

	private HttpRequest signIn(String token, String cookieHeader) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
					+ "&email=editor%40visitors.test&password="
					+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)));
		if (cookieHeader != null) {
			request.header("Cookie", cookieHeader);
		}
		return request.build();
	}

	private static String cookie(CookieManager jar, String name) {
		return jar.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private int sessionRows() {
		return this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}

}
