package io.sparkpulse.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes activity items, all in plain SQL: the sources' bulk upserts are SQL by nature,
 * and one way of writing the table means no write waits on another to be flushed. Every
 * write that changes what pages show announces {@link ActivityChanged}, so scores (and
 * the data version) follow when the transaction commits.
 */
@Service
@Transactional
public class ActivityCommands {

	/**
	 * The entries of one source as parallel arrays, in the order they should receive ids.
	 */
	private static final String ENTRIES = """
			unnest(cast(:entryIds as text[]), cast(:dates as date[]), cast(:kinds as text[]),
			       cast(:titles as text[]), cast(:summaries as text[]), cast(:urls as text[]))
			    as e(entry_id, occurred_on, kind, title, summary, source_url)
			""";

	/**
	 * The items an editor enters, as parallel arrays numbered in the given order.
	 */
	private static final String ENTERED = """
			unnest(cast(:dates as date[]), cast(:kinds as text[]), cast(:titles as text[]),
			       cast(:summaries as text[]), cast(:urls as text[]), cast(:sparks as boolean[]))
			    with ordinality as e(occurred_on, kind, title, summary, source_url, spark, position)
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActivityCommands(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public long record(long productId, NewActivity activity) {
		return insert(productId, List.of(activity)).get(0);
	}

	public void recordAll(long productId, List<NewActivity> activities) {
		if (!activities.isEmpty()) {
			insert(productId, activities);
		}
	}

	/**
	 * Inserts items in the given order, so ids follow it; returns the ids.
	 */
	private List<Long> insert(long productId, List<NewActivity> activities) {
		List<Long> ids = this.jdbc.sql("""
				insert into activity_item (product_id, occurred_on, kind, title, summary, source_url, spark, created_at)
				select :product, e.occurred_on, e.kind, e.title, e.summary, e.source_url, e.spark, :now
				from %s
				order by e.position
				returning id
				""".formatted(ENTERED))
			.param("product", productId)
			.param("dates", activities.stream().map((a) -> a.occurredOn().toString()).toArray(String[]::new))
			.param("kinds", activities.stream().map((a) -> a.kind().name()).toArray(String[]::new))
			.param("titles", activities.stream().map(NewActivity::title).toArray(String[]::new))
			.param("summaries", activities.stream().map(NewActivity::summary).toArray(String[]::new))
			.param("urls", activities.stream().map(NewActivity::sourceUrl).toArray(String[]::new))
			.param("sparks", activities.stream().map(NewActivity::spark).toArray(Boolean[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.list();
		this.events.publishEvent(new ActivityChanged(Set.of(productId)));
		return ids.stream().sorted().toList();
	}

	/**
	 * Records what one source currently lists for a product: entries seen for the first
	 * time become items awaiting review (never sparks), entries whose content changed
	 * update their item, and unchanged ones are left alone, so re-reading a source never
	 * duplicates anything. Entries are given in the source's order, newest first, and
	 * must have distinct ids.
	 */
	public SourcedActivityChanges recordFromSource(long productId, long sourceId, List<SourcedActivity> activities) {
		if (activities.isEmpty()) {
			return new SourcedActivityChanges(0, 0);
		}
		List<SourcedActivity> oldestFirst = new ArrayList<>(activities);
		Collections.reverse(oldestFirst);
		int updated = bindEntries(this.jdbc.sql("""
				update activity_item a
				set occurred_on = e.occurred_on, kind = e.kind, title = e.title, summary = e.summary,
				    source_url = e.source_url, version = a.version + 1
				from %s
				where a.feed_source_id = :source and a.entry_id = e.entry_id
				  and (a.occurred_on, a.kind, a.title, a.summary, a.source_url)
				      is distinct from (e.occurred_on, e.kind, e.title, e.summary, e.source_url)
				""".formatted(ENTRIES)), oldestFirst).param("source", sourceId).update();
		int added = bindEntries(this.jdbc.sql("""
				insert into activity_item (product_id, feed_source_id, entry_id, occurred_on, kind, title, summary,
				                           source_url, spark, hidden, review_state, created_at)
				select :product, :source, e.entry_id, e.occurred_on, e.kind, e.title, e.summary, e.source_url,
				       false, false, 'PENDING', :now
				from %s
				on conflict (feed_source_id, entry_id) do nothing
				""".formatted(ENTRIES)), oldestFirst).param("product", productId)
			.param("source", sourceId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		SourcedActivityChanges changes = new SourcedActivityChanges(added, updated);
		if (changes.any()) {
			this.events.publishEvent(new ActivityChanged(Set.of(productId)));
		}
		return changes;
	}

	/**
	 * Applies an editor's decision to an ingested item; {@code false} if there is no
	 * ingested item with that id. Scores and pages follow only when what readers see
	 * actually changes.
	 */
	public boolean review(long itemId, ReviewDecision decision) {
		Optional<Shown> before = this.jdbc.sql("""
				select product_id, spark, hidden from activity_item
				where id = :id and review_state is not null
				for update
				""")
			.param("id", itemId)
			.query((rs, row) -> new Shown(rs.getLong("product_id"), rs.getBoolean("spark"), rs.getBoolean("hidden")))
			.optional();
		if (before.isEmpty()) {
			return false;
		}
		this.jdbc.sql("""
				update activity_item set spark = :spark, hidden = :hidden, review_state = 'REVIEWED',
				                         version = version + 1
				where id = :id
				""").param("spark", decision.spark()).param("hidden", decision.hidden()).param("id", itemId).update();
		Shown shown = before.get();
		if (shown.spark() != decision.spark() || shown.hidden() != decision.hidden()) {
			this.events.publishEvent(new ActivityChanged(Set.of(shown.productId())));
		}
		return true;
	}

	private static JdbcClient.StatementSpec bindEntries(JdbcClient.StatementSpec statement,
			List<SourcedActivity> activities) {
		return statement.param("entryIds", activities.stream().map(SourcedActivity::entryId).toArray(String[]::new))
			.param("dates", activities.stream().map((a) -> a.occurredOn().toString()).toArray(String[]::new))
			.param("kinds", activities.stream().map((a) -> a.kind().name()).toArray(String[]::new))
			.param("titles", activities.stream().map(SourcedActivity::title).toArray(String[]::new))
			.param("summaries", activities.stream().map(SourcedActivity::summary).toArray(String[]::new))
			.param("urls", activities.stream().map(SourcedActivity::sourceUrl).toArray(String[]::new));
	}

	private record Shown(long productId, boolean spark, boolean hidden) {
	}

	/**
	 * Reads an item for an edit and locks its row until the transaction ends, so that
	 * checking the version an editor started from and writing the change cannot
	 * interleave with another save.
	 */
	public Optional<EditableActivity> lock(long id) {
		return this.jdbc.sql("select id from activity_item where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.flatMap((locked) -> ActivityQueries.editable(this.jdbc, locked));
	}

	public void update(long id, long expectedVersion, NewActivity activity) {
		changed(id,
				this.jdbc.sql("""
						update activity_item
						set occurred_on = :occurredOn, kind = :kind, title = :title, summary = :summary,
						    source_url = :sourceUrl, spark = :spark, version = version + 1
						where id = :id and version = :version
						returning product_id
						""")
					.param("occurredOn", activity.occurredOn())
					.param("kind", activity.kind().name())
					.param("title", activity.title())
					.param("summary", activity.summary())
					.param("sourceUrl", activity.sourceUrl())
					.param("spark", activity.spark())
					.param("id", id)
					.param("version", expectedVersion));
	}

	public void markSpark(long id, long expectedVersion, boolean spark) {
		changed(id, this.jdbc.sql("""
				update activity_item set spark = :spark, version = version + 1
				where id = :id and version = :version
				returning product_id
				""").param("spark", spark).param("id", id).param("version", expectedVersion));
	}

	public void delete(long id, long expectedVersion) {
		changed(id,
				this.jdbc.sql("delete from activity_item where id = :id and version = :version returning product_id")
					.param("id", id)
					.param("version", expectedVersion));
	}

	/**
	 * Takes an item off the public pages and out of the score, keeping it so that
	 * {@link #restore} can bring it back as it was (a spark again, or hidden if it was).
	 */
	public void remove(long id, long expectedVersion) {
		changed(id,
				this.jdbc.sql("""
						update activity_item
						set removed_at = :now, spark_before_removal = spark, hidden_before_removal = hidden,
						    spark = false, hidden = true, version = version + 1
						where id = :id and version = :version and removed_at is null
						returning product_id
						""")
					.param("now", Timestamp.from(this.clock.instant()))
					.param("id", id)
					.param("version", expectedVersion));
	}

	public void restore(long id, long expectedVersion) {
		changed(id, this.jdbc.sql("""
				update activity_item
				set removed_at = null, spark = spark_before_removal, hidden = hidden_before_removal,
				    spark_before_removal = false, hidden_before_removal = false, version = version + 1
				where id = :id and version = :version and removed_at is not null
				returning product_id
				""").param("id", id).param("version", expectedVersion));
	}

	/**
	 * Runs a write of one item that names the version an editor started from and returns
	 * its product; no row means someone else changed (or deleted) the item first.
	 */
	private void changed(long id, JdbcClient.StatementSpec write) {
		long productId = write.query(Long.class)
			.optional()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException("activity item", id));
		this.events.publishEvent(new ActivityChanged(Set.of(productId)));
	}

}
