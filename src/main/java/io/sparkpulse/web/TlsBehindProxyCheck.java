package io.sparkpulse.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a site whose public address is https but which can never know that a
 * request came over TLS: it ends TLS neither itself nor trusts a proxy that does. Such a
 * site would set its cookies without Secure, never send HSTS, and throttle sign-ins by
 * the proxy's address, shared by every client.
 */
@Component
class TlsBehindProxyCheck implements InitializingBean {

	static final String STRATEGY = "server.forward-headers-strategy";

	private final Environment environment;

	private final SiteProperties site;

	TlsBehindProxyCheck(Environment environment, SiteProperties site) {
		this.environment = environment;
		this.site = site;
	}

	@Override
	public void afterPropertiesSet() {
		problem(this.site.baseUrl(), this.environment.getProperty(STRATEGY), servesTls()).ifPresent((message) -> {
			throw new IllegalStateException(message);
		});
	}

	/**
	 * Why this combination of settings cannot work, if it cannot.
	 */
	static Optional<String> problem(String baseUrl, String strategy, boolean servesTls) {
		boolean https = baseUrl.toLowerCase(Locale.ROOT).startsWith("https://");
		boolean trustsNoProxy = strategy == null || strategy.isBlank() || "none".equalsIgnoreCase(strategy.strip());
		if (https && trustsNoProxy && !servesTls) {
			return Optional.of("sparkpulse.site.base-url is " + baseUrl + " but " + STRATEGY + " is "
					+ ((strategy == null || strategy.isBlank()) ? "not set" : strategy)
					+ " and the server itself does not serve TLS: the application could not tell that requests came"
					+ " over https (no Secure cookies, no HSTS, every client throttled as the proxy's address). Set "
					+ STRATEGY + "=native (the default) behind a proxy that ends TLS, or configure server.ssl.");
		}
		return Optional.empty();
	}

	private boolean servesTls() {
		boolean configured = this.environment.containsProperty("server.ssl.bundle")
				|| this.environment.containsProperty("server.ssl.key-store")
				|| this.environment.containsProperty("server.ssl.certificate");
		return configured && this.environment.getProperty("server.ssl.enabled", Boolean.class, true);
	}

}
