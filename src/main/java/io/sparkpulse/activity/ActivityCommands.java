package io.sparkpulse.activity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final JdbcClient jdbc;

	ActivityCommands(ActivityItemRepository items, ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
		this.items = items;
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
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

	/**
	 * Reads an item for an edit and locks its row until the transaction ends, so that checking the
	 * version an editor started from and writing the change cannot interleave with another save.
	 */
	public Optional<EditableActivity> lock(long id) {
		return this.jdbc.sql("select id from activity_item where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.flatMap((locked) -> ActivityQueries.editable(this.jdbc, locked));
	}

	public void update(long id, long expectedVersion, NewActivity activity) {
		ActivityItem item = itemAt(id, expectedVersion);
		item.change(activity);
		changed(item);
	}

	public void markSpark(long id, long expectedVersion, boolean spark) {
		ActivityItem item = itemAt(id, expectedVersion);
		item.markSpark(spark);
		changed(item);
	}

	public void delete(long id, long expectedVersion) {
		ActivityItem item = itemAt(id, expectedVersion);
		this.items.delete(item);
		changed(item);
	}

	private ActivityItem itemAt(long id, long expectedVersion) {
		ActivityItem item = this.items.findById(id).orElseThrow();
		if (item.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ActivityItem.class, id);
		}
		return item;
	}

	/**
	 * Writes the change before announcing it: the score is recomputed with SQL, which sees only what
	 * was flushed.
	 */
	private void changed(ActivityItem item) {
		this.items.flush();
		this.events.publishEvent(new ActivityChanged(Set.of(item.getProductId())));
	}

}
