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
 * Keeps feed polling off in every Spring test context: a background poll would fetch
 * sources tests are setting up and add statements to the ones tests count. Ingestion
 * tests poll explicitly.
 */
class IngestPollingOffContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new PollingOff();
	}

	private static final class PollingOff implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sparkpulseIngestPollingOff",
						Map.of("sparkpulse.ingest.polling-enabled", "false")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PollingOff;
		}

		@Override
		public int hashCode() {
			return PollingOff.class.hashCode();
		}

	}

}
