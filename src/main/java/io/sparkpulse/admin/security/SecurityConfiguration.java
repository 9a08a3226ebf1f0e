package io.sparkpulse.admin.security;

import java.io.IOException;

import io.sparkpulse.admin.users.EditorAccounts;
import io.sparkpulse.web.SitePaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains. The admin chain ({@code /admin/**}, {@code /login}, {@code /logout})
 * signs editors in with a form, keeps them in a database-backed session and protects
 * every form with a CSRF token. Nobody gets a stored session before signing in: the CSRF
 * token of the sign-in form lives in a cookie, the page asked for before signing in too,
 * and a refused sign-in says why in its redirect. The public chain serves everything else
 * to anyone without ever creating a session or setting a cookie, because a CDN caches
 * those pages; it leaves {@code Cache-Control} to the pages themselves. Both send the
 * security headers. Every redirect is relative, never built from the Host header.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ADMIN = "ADMIN";

	private static final String EDITOR = "EDITOR";

	static final String CSRF_COOKIE = "SP_CSRF";

	/**
	 * The admin session cookie: never readable by scripts, never sent along from another
	 * site, and Secure whenever the request came over TLS (Spring Session's default;
	 * behind a proxy that ends TLS the application can tell from its forwarded headers,
	 * see {@code server.forward-headers-strategy} in application.properties).
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookie() {
		return (cookie) -> {
			cookie.setUseHttpOnlyCookie(true);
			cookie.setSameSite("Strict");
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The only way to sign in; a manager without parent, so a refused attempt is never
	 * tried twice.
	 */
	@Bean
	AuthenticationManager signInManager(EditorAccounts accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts::signInDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminChain(HttpSecurity http, AuthenticationManager signInManager) throws Exception {
		LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint(SitePaths.LOGIN);
		signInFirst.setFavorRelativeUris(true);
		http.securityMatcher(SitePaths.ADMIN + "/**", SitePaths.LOGIN, SitePaths.LOGOUT)
			.authenticationManager(signInManager)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenCookie()))
			.requestCache((cache) -> cache.requestCache(new ReturnPathCookie()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SitePaths.LOGIN)
				.permitAll()
				.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole(ADMIN)
				.anyRequest()
				.hasAnyRole(EDITOR, ADMIN))
			.formLogin((form) -> form.loginPage(SitePaths.LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl(SitePaths.ADMIN, false)
				.failureHandler(SecurityConfiguration::signInRefused))
			.logout((logout) -> logout.logoutUrl(SitePaths.LOGOUT).logoutSuccessUrl(SitePaths.LOGIN + "?signedOut"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.ADMIN))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new StaticHeadersWriter("Cache-Control", "private, no-store")));
		return http.build();
	}

	/**
	 * The CSRF token in a cookie that scripts cannot read, sent back to this site alone;
	 * the forms carry it (masked) in a hidden field.
	 */
	private static CookieCsrfTokenRepository csrfTokenCookie() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE);
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return tokens;
	}

	/**
	 * Back to the sign-in page without touching a session: a lock says until when in the
	 * address, any other refusal says only that it failed.
	 */
	private static void signInRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String target = (failure instanceof SignInLockedException locked)
				? SitePaths.LOGIN + "?locked=" + LoginController.TIME.format(locked.until())
				: SitePaths.LOGIN + "?error";
		response.sendRedirect(target);
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Nothing public changes state or knows who is asking, and there is no
			// session to bind a token to.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.PUBLIC))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.sameOrigin())
				.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

}
