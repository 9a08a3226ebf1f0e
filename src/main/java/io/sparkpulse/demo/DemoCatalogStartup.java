package io.sparkpulse.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo catalog at start-up, before the web server opens
 * its port, so the very first request already sees a living site.
 */
@Component
@ConditionalOnBooleanProperty("sparkpulse.demo.load-when-empty")
class DemoCatalogStartup implements SmartLifecycle {

	/**
	 * Earlier than the web server's start phase, which is near {@link Integer#MAX_VALUE}.
	 */
	private static final int BEFORE_WEB_SERVER = 0;

	private final DemoCatalogLoader loader;

	private volatile boolean running;

	DemoCatalogStartup(DemoCatalogLoader loader) {
		this.loader = loader;
	}

	@Override
	public void start() {
		this.loader.loadIfEmpty();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return BEFORE_WEB_SERVER;
	}

}
