package io.sparkpulse.activity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes activity items. Every write announces {@link ActivityChanged} so scores follow in the same
 * transaction.
 */
@Service
@Transactional
public class ActivityCommands {

	private final ActivityItemRepository items;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActivityCommands(ActivityItemRepository items, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.events = events;
		this.clock = clock;
	}

	public long record(long productId, NewActivity activity) {
		ActivityItem saved = this.items.save(new ActivityItem(productId, activity, this.clock.instant()));
		this.events.publishEvent(new ActivityChanged(Set.of(productId)));
		return saved.getId();
	}

	public void recordAll(long productId, List<NewActivity> activities) {
		this.items.saveAll(activities.stream()
			.map((activity) -> new ActivityItem(productId, activity, this.clock.instant()))
			.toList());
		this.events.publishEvent(new ActivityChanged(Set.of(productId)));
	}

}
