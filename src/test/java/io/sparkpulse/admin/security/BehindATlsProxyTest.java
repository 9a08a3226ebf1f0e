package io.sparkpulse.admin.security;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.support.RawHttp;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site published at an https address by a proxy that ends TLS (here: requests from
 * loopback carrying X-Forwarded-Proto and X-Forwarded-For, with no setting beyond the
 * base URL): its cookies are Secure, it sends HSTS, and sign-ins are throttled by the
 * client's address, not the proxy's.
 */
@ServerTest
@TestPropertySource(properties = "sparkpulse.site.base-url=https://sparkpulse.example")
class BehindATlsProxyTest {

	private static final Pattern CSRF_COOKIE = Pattern.compile(SecurityConfiguration.CSRF_COOKIE + "=([^;\\r\\n]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void overTlsAtTheProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		RawHttp.Response login = viaProxy("GET", "/login", "203.0.113.7", "", "");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.headers("Set-Cookie")).singleElement().asString().contains("Secure", "HttpOnly");
		assertThat(login.headers("Strict-Transport-Security")).singleElement().asString().startsWith("max-age=");
		RawHttp.Response page = viaProxy("GET", "/compare/session-vs-synapse", "203.0.113.7", "", "");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.headers("Strict-Transport-Security")).hasSize(1);
	}

	@Test
	void signInsAreThrottledByTheClientsAddressNotTheProxys() throws Exception {
		RawHttp.Response login = viaProxy("GET", "/login", "203.0.113.8", "", "");
		String cookie = find(CSRF_COOKIE, String.join("\n", login.headers("Set-Cookie")));
		String token = find(CSRF_FIELD, login.text());
		String account = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@proxy.test";
		String form = "_csrf=" + token + "&email=" + account.replace("@", "%40") + "&password=wrong";
		RawHttp.Response refused = viaProxy("POST", "/login", "203.0.113.8",
				"Cookie: " + SecurityConfiguration.CSRF_COOKIE + "=" + cookie + "\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
						+ "\r\n",
				form);
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.headers("Location")).containsExactly("/login?error");
		assertThat(this.jdbc.sql("select client_address from sign_in_attempt where account = :account")
			.param("account", account)
			.query(String.class)
			.list()).containsExactly("203.0.113.8");
	}

	@Test
	void withoutTheProxysWordARequestIsPlainHttp() throws Exception {
		RawHttp.Response login = RawHttp.send(this.port, "GET", "/login", "");
		assertThat(login.headers("Set-Cookie")).singleElement().asString().doesNotContain("Secure");
		assertThat(login.headers("Strict-Transport-Security")).isEmpty();
	}

	private RawHttp.Response viaProxy(String method, String path, String client, String headers, String body)
			throws Exception {
		return RawHttp.send(this.port, method, path, "sparkpulse.example",
				"X-Forwarded-Proto: https\r\nX-Forwarded-For: " + client + "\r\n" + headers + "\r\n" + body);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}
