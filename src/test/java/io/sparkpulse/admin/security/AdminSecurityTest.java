package io.sparkpulse.admin.security;

import java.util.List;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach the admin, how signing in is protected, and which headers every response
 * carries.
 */
@PageTest
class AdminSecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor editor;

	SignedInEditor admin;

	@BeforeEach
	void accounts() {
		TestAccounts accounts = new TestAccounts(this.context);
		this.editor = accounts.ensure("editor@security.test", Role.EDITOR);
		this.admin = accounts.ensure("admin@security.test", Role.ADMIN);
		// Attempts are kept a day and the clock is pinned: a database reused from an
		// earlier run would start these accounts and addresses locked.
		this.jdbc
			.sql("delete from sign_in_attempt where account like '%@security.test' or client_address like '127.0.0.1_'")
			.update();
	}

	@Test
	void anonymousAdminRequestsAreSentToSignIn() throws Exception {
		for (String path : List.of("/admin", "/admin/products", "/admin/products/1/trajectory", "/admin/users",
				"/admin/audit")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void anEditorIsRefusedTheUsersPagesAndAnAdminIsNot() throws Exception {
		this.mvc.perform(get("/admin/users").with(user(this.editor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(user(this.editor))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users").with(user(this.editor)).with(csrf()).param("email", "x@y.z"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/products").with(user(this.editor))).andExpect(status().isOk());
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/admin/products").with(user(this.editor))
				.param("slug", "csrf-less")
				.param("name", "CSRF-less")
				.param("sectorId", String.valueOf(sectorId()))
				.param("headline", "Should never exist"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/products").with(user(this.editor))
				.with(csrf().useInvalidToken())
				.param("slug", "csrf-less")
				.param("name", "CSRF-less")
				.param("sectorId", String.valueOf(sectorId()))
				.param("headline", "Should never exist"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from product where slug = 'csrf-less'").query(Integer.class).single())
			.isZero();
		this.mvc.perform(post("/logout").with(user(this.editor))).andExpect(status().isForbidden());
	}

	/**
	 * Through MockMvc, Spring Security's test support keeps the CSRF token in a session;
	 * {@link AnonymousVisitorsTest} signs in over real HTTP, where it lives in a cookie.
	 */
	@Test
	void signingInWithTheFormStartsANewSessionAndSigningOutEndsIt() throws Exception {
		MvcResult loginPage = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie before = loginPage.getResponse().getCookie("SESSION");
		String token = Html.parse(loginPage).selectFirst("form input[name=_csrf]").val();

		MvcResult signedIn = this.mvc
			.perform(post("/login").cookie(before)
				.param("_csrf", token)
				.param("email", "Editor@Security.test ")
				.param("password", TestAccounts.PASSWORD)
				.with(from("127.0.0.11")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		Cookie after = signedIn.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.isHttpOnly()).isTrue();
		assertThat(signedIn.getResponse().getHeaders("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith("SESSION=") && cookie.contains("SameSite=Strict"));
		assertThat(after.getValue()).as("session fixation protection").isNotEqualTo(before.getValue());

		this.mvc.perform(get("/admin").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").cookie(before)).andExpect(redirectedUrl("/login"));

		String adminToken = Html.parse(this.mvc.perform(get("/admin").cookie(after)).andReturn())
			.selectFirst("form.sign-out input[name=_csrf]")
			.val();
		this.mvc.perform(post("/logout").cookie(after).param("_csrf", adminToken))
			.andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/admin").cookie(after)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingInAgainOverAnExistingSessionGivesItANewId() throws Exception {
		Cookie first = this.mvc.perform(signInRequest("editor@security.test", TestAccounts.PASSWORD, "127.0.0.18"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie second = this.mvc
			.perform(signInRequest("editor@security.test", TestAccounts.PASSWORD, "127.0.0.18").cookie(first))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(second).isNotNull();
		assertThat(second.getValue()).as("session fixation protection").isNotEqualTo(first.getValue());
		this.mvc.perform(get("/admin").cookie(second)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").cookie(first)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdminPageAskedForBeforeSigningInIsWhereSigningInLeads() throws Exception {
		MvcResult asked = this.mvc.perform(get("/admin/products?page=2"))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		Cookie returnTo = asked.getResponse().getCookie(ReturnPathCookie.NAME);
		assertThat(returnTo).isNotNull();
		this.mvc.perform(signInRequest("editor@security.test", TestAccounts.PASSWORD, "127.0.0.19").cookie(returnTo))
			.andExpect(redirectedUrl("/admin/products?page=2"));
		Cookie forged = new Cookie(ReturnPathCookie.NAME,
				java.util.Base64.getUrlEncoder().encodeToString("//evil.example/admin".getBytes()));
		this.mvc.perform(signInRequest("editor@security.test", TestAccounts.PASSWORD, "127.0.0.19").cookie(forged))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
		signIn("editor@security.test", "not the password", "127.0.0.12");
		Document page = Html.parse(this.mvc.perform(get("/login?error")).andReturn());
		assertThat(page.selectFirst(".error-summary").text()).contains("e-mail address or password is not right");
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordAndThePageSaysUntilWhen() throws Exception {
		new TestAccounts(this.context).ensure("locked@security.test", Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			signIn("locked@security.test", "guess " + i, "127.0.0.13");
		}
		MvcResult locked = this.mvc.perform(signInRequest("locked@security.test", TestAccounts.PASSWORD, "127.0.0.14"))
			.andExpect(redirectedUrl("/login?locked=12:15"))
			.andReturn();
		assertThat(locked.getResponse().getCookie("SESSION")).isNull();
		Document page = Html.parse(this.mvc.perform(get("/login?locked=12:15")).andReturn());
		assertThat(page.selectFirst(".error-summary").text())
			.contains("Sign-in is locked after too many failed attempts")
			.contains("Try again after 12:15 UTC");
		Document forged = Html.parse(this.mvc.perform(get("/login?locked=<b>soon</b>")).andReturn());
		assertThat(forged.selectFirst(".error-summary").text()).endsWith("Try again later.");
		assertThat(failuresOf("locked@security.test")).as("locked attempts leave no trace").isEqualTo(5);
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsEarlierFailures() throws Exception {
		new TestAccounts(this.context).ensure("forgetful@security.test", Role.EDITOR);
		for (int i = 0; i < 4; i++) {
			signIn("forgetful@security.test", "guess " + i, "127.0.0.15");
		}
		this.mvc.perform(signInRequest("forgetful@security.test", TestAccounts.PASSWORD, "127.0.0.15"))
			.andExpect(redirectedUrl("/admin"));
		for (int i = 0; i < 4; i++) {
			signIn("forgetful@security.test", "guess " + i, "127.0.0.15");
		}
		this.mvc.perform(signInRequest("forgetful@security.test", TestAccounts.PASSWORD, "127.0.0.15"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
		new TestAccounts(this.context).ensure("bystander@security.test", Role.EDITOR);
		for (int i = 0; i < 20; i++) {
			signIn("nobody" + i + "@security.test", "guess", "127.0.0.16");
		}
		this.mvc.perform(signInRequest("bystander@security.test", TestAccounts.PASSWORD, "127.0.0.16"))
			.andExpect(redirectedUrl("/login?locked=12:15"));
		this.mvc.perform(signInRequest("bystander@security.test", TestAccounts.PASSWORD, "127.0.0.17"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void adminResponsesAreNeverCachedNorFramedAndCarryTheSecurityHeaders() throws Exception {
		for (MvcResult result : List.of(this.mvc.perform(get("/login")).andReturn(),
				this.mvc.perform(get("/admin/products").with(user(this.editor))).andReturn())) {
			MockHttpServletResponse response = result.getResponse();
			assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
			assertThat(response.getHeader("Content-Security-Policy"))
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		}
	}

	@Test
	void publicPagesSetNoCookieCreateNoSessionAndCarryTheSecurityHeaders() throws Exception {
		int sessions = sessionCount();
		for (String path : List.of("/", "/compare/session-vs-synapse", "/products/synapse", "/sectors",
				"/no/such/page")) {
			MvcResult result = this.mvc.perform(get(path).accept("text/html")).andReturn();
			MockHttpServletResponse response = result.getResponse();
			assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
			assertThat(response.getCookies()).as(path).isEmpty();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
			assertThat(response.getHeader("Content-Security-Policy")).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "base-uri 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeaderValues("Cache-Control")).as(path)
				.noneMatch((value) -> value.toString().contains("no-store") || value.toString().contains("no-cache"));
		}
		assertThat(sessionCount()).isEqualTo(sessions);
	}

	@Test
	void theSignInPageIsNotIndexedAndItsFormCarriesACsrfToken() throws Exception {
		Document page = Html.parse(this.mvc.perform(get("/login")).andReturn());
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.selectFirst("main form").attr("action")).isEqualTo("/login");
		assertThat(page.selectFirst("form input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("label[for=email], label[for=password]")).hasSize(2);
		assertThat(page.select("script:not([src]), [style]")).isEmpty();
	}

	private void signIn(String email, String password, String address) throws Exception {
		MvcResult result = this.mvc.perform(signInRequest(email, password, address))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(result.getResponse().getCookie("SESSION")).as("a refused sign-in stores no session").isNull();
	}

	private MockHttpServletRequestBuilder signInRequest(String email, String password, String address) {
		return post("/login").with(csrf()).with(from(address)).param("email", email).param("password", password);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long sectorId() {
		return this.jdbc.sql("select id from sector where slug = 'comms'").query(Long.class).single();
	}

	private int failuresOf(String account) {
		return this.jdbc.sql("select count(*) from sign_in_attempt where account = :a and not succeeded")
			.param("a", account)
			.query(Integer.class)
			.single();
	}

	private int sessionCount() {
		return this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}

}
