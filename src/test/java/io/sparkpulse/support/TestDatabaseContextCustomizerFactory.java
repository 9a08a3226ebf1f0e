package io.sparkpulse.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, so no test can silently use
 * another database.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseContextCustomizer(org.springframework.core.annotation.AnnotatedElementUtils
			.hasAnnotation(testClass, ThroughDatabaseProxy.class));
	}

	private static final class TestDatabaseContextCustomizer implements ContextCustomizer {

		private final boolean throughProxy;

		TestDatabaseContextCustomizer(boolean throughProxy) {
			this.throughProxy = throughProxy;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Coordinates db = TestDatabase.coordinates();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sparkpulseTestDatabase", Map.of("spring.datasource.url",
						this.throughProxy ? DatabaseProxy.instance().jdbcUrl() : db.url(), "spring.datasource.username",
						db.username(), "spring.datasource.password", db.password(),
						// Several test contexts may run servers at once: never a fixed
						// management port.
						"management.server.port", "0",
						// and each keeps its pool: small ones keep the suite within
						// PostgreSQL's 100
						// connections, even beside other runs on the same server.
						"spring.datasource.hikari.maximum-pool-size", "4", "spring.datasource.hikari.minimum-idle",
						"1")));
			// Most tests write in transactions they roll back, which a cache keyed by
			// committed versions
			// cannot see; tests of the cache itself switch it on with @TestPropertySource
			// (this source is
			// the last one asked, so they can).
			// Contexts close when the test JVM ends: none of them has readers to drain
			// connections for.
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("sparkpulseTestDefaults",
						Map.of("sparkpulse.cache.enabled", "false", "sparkpulse.shutdown.drain", "0s")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseContextCustomizer customizer
					&& customizer.throughProxy == this.throughProxy;
		}

		@Override
		public int hashCode() {
			return Boolean.hashCode(this.throughProxy);
		}

	}

}
