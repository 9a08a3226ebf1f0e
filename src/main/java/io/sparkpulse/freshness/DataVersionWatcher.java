package io.sparkpulse.freshness;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This instance's view of the {@link DataVersion}, kept in memory so that answering a
 * conditional request or serving a cached page costs no database round trip. Writes on
 * this instance refresh it as they commit; writes on other instances are seen at the next
 * poll, a fraction of a second later.
 */
@Component
public class DataVersionWatcher implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DataVersionWatcher.class);

	private final DataVersion dataVersion;

	private final AtomicReference<DataVersion.Snapshot> current = new AtomicReference<>();

	private final DataVersionProperties properties;

	DataVersionWatcher(DataVersion dataVersion, DataVersionProperties properties) {
		this.dataVersion = dataVersion;
		this.properties = properties;
	}

	/**
	 * The latest version this instance knows of; read from the database on first use.
	 */
	public DataVersion.Snapshot current() {
		DataVersion.Snapshot known = this.current.get();
		return (known != null) ? known : refresh();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCommit(DataVersion.DataChanged event) {
		refresh();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::poll, this.properties.poll());
	}

	void poll() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			log.debug("Data version not refreshed: {}", ex.getMessage());
		}
	}

	public DataVersion.Snapshot refresh() {
		DataVersion.Snapshot latest = this.dataVersion.current();
		this.current.accumulateAndGet(latest,
				(known, fresh) -> (known == null || fresh.version() >= known.version()) ? fresh : known);
		return this.current.get();
	}

}
