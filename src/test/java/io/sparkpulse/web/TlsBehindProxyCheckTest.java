package io.sparkpulse.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An https site that could never tell a request came over TLS refuses to start, and says
 * which setting to change; every workable combination starts.
 */
class TlsBehindProxyCheckTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(CheckOnly.class)
		.withPropertyValues("sparkpulse.site.name=Sparkpulse");

	@Test
	void anHttpsSiteThatTrustsNoProxyAndServesNoTlsRefusesToStartNamingTheSetting() {
		this.contexts
			.withPropertyValues("sparkpulse.site.base-url=https://sparkpulse.example",
					"server.forward-headers-strategy=none")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("server.forward-headers-strategy")
					.hasMessageContaining("https://sparkpulse.example");
			});
	}

	@Test
	void anHttpsSiteStartsBehindATrustedProxyOrServingTlsItself() {
		this.contexts
			.withPropertyValues("sparkpulse.site.base-url=https://sparkpulse.example",
					"server.forward-headers-strategy=native")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contexts
			.withPropertyValues("sparkpulse.site.base-url=https://sparkpulse.example",
					"server.forward-headers-strategy=none", "server.ssl.bundle=site")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contexts.withPropertyValues("sparkpulse.site.base-url=http://localhost:8080")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aTlsSettingThatIsSwitchedOffDoesNotCount() {
		assertThat(TlsBehindProxyCheck.problem("https://sparkpulse.example", null, false)).isPresent();
		assertThat(TlsBehindProxyCheck.problem("HTTPS://sparkpulse.example", " NONE ", false)).isPresent();
		assertThat(TlsBehindProxyCheck.problem("https://sparkpulse.example", "framework", false)).isEmpty();
		this.contexts
			.withPropertyValues("sparkpulse.site.base-url=https://sparkpulse.example",
					"server.forward-headers-strategy=none", "server.ssl.bundle=site", "server.ssl.enabled=false")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SiteProperties.class)
	@Import(TlsBehindProxyCheck.class)
	static class CheckOnly {

	}

}
