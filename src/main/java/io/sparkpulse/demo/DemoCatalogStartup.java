package io.sparkpulse.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo catalog at start-up, so a first run shows a living site.
 */
@Component
@ConditionalOnBooleanProperty("sparkpulse.demo.load-when-empty")
class DemoCatalogStartup implements ApplicationRunner {

	private final DemoCatalogLoader loader;

	DemoCatalogStartup(DemoCatalogLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.loader.loadIfEmpty();
	}

}
