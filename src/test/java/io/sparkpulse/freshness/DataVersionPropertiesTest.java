package io.sparkpulse.freshness;

import java.time.Duration;
import java.util.Map;

import io.sparkpulse.web.ShutdownProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DataVersionPropertiesTest {

	@Test
	void otherInstancesWritesArePolledFourTimesASecondUnlessConfigured() {
		assertThat(bind(Map.of()).poll()).isEqualTo(Duration.ofMillis(250));
		assertThat(bind(Map.of("sparkpulse.data-version.poll", "2s")).poll()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void aStoppingInstanceDrainsForOneSecondUnlessConfigured() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));
		assertThat(binder.bindOrCreate("sparkpulse.shutdown", ShutdownProperties.class).drain())
			.isEqualTo(Duration.ofSeconds(1));
	}

	private static DataVersionProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("sparkpulse.data-version",
				DataVersionProperties.class);
	}

}
