package io.sparkpulse.freshness;

import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Calls the {@link PurgeHook} with the keys of each committed write, when one is
 * declared.
 */
@Component
class PurgeAfterCommit {

	private static final Logger log = LoggerFactory.getLogger(PurgeAfterCommit.class);

	private final ObjectProvider<PurgeHook> hooks;

	PurgeAfterCommit(ObjectProvider<PurgeHook> hooks) {
		this.hooks = hooks;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCommit(DataVersion.DataChanged event) {
		Set<String> keys = purged(event.versions().keySet());
		this.hooks.forEach((hook) -> {
			try {
				hook.purge(keys);
			}
			catch (RuntimeException ex) {
				log.warn("Purging {} failed: {}", keys, ex.getMessage());
			}
		});
	}

	/** The keys changed, and the derived keys that change with them. */
	static Set<String> purged(Set<String> changed) {
		Set<String> keys = new TreeSet<>(changed);
		changed.stream().map(DependencyKeys::aggregateOf).filter((key) -> key != null).forEach(keys::add);
		keys.add(DependencyKeys.ALL);
		return Set.copyOf(keys);
	}

}
