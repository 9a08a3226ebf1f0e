package io.sparkpulse.admin.security;

import io.sparkpulse.admin.users.EditorAccounts;

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
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains. The admin chain ({@code /admin/**}, {@code /login}, {@code /logout})
 * signs editors in with a form, keeps them in a database-backed session and protects
 * every form with a CSRF token. The public chain serves everything else to anyone without
 * ever creating a session or setting a cookie, because a CDN caches those pages; it
 * leaves {@code Cache-Control} to the pages themselves. Both send the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ADMIN = "ADMIN";

	private static final String EDITOR = "EDITOR";

	/**
	 * The admin session cookie: never readable by scripts, never sent along from another
	 * site, and Secure whenever the request came over TLS (Spring Session's default;
	 * behind a proxy that ends TLS, set {@code server.forward-headers-strategy} so the
	 * application can tell).
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
		http.securityMatcher("/admin/**", "/login", "/logout")
			.authenticationManager(signInManager)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole(ADMIN)
				.anyRequest()
				.hasAnyRole(EDITOR, ADMIN))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.ADMIN))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new StaticHeadersWriter("Cache-Control", "private, no-store")));
		return http.build();
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
