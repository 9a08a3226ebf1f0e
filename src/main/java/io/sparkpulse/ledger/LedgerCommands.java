package io.sparkpulse.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.EditableActivity;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the editorial ledger. Predictions enter it with the trajectory revision that
 * makes them; grades, sources and corrections are only ever added. The database refuses
 * any change to a graded prediction, so a bug here cannot rewrite the record either.
 */
@Service
@Transactional
public class LedgerCommands {

	private final JdbcClient jdbc;

	private final ActivityQueries activity;

	private final DataVersion dataVersion;

	private final LedgerProperties properties;

	LedgerCommands(JdbcClient jdbc, ActivityQueries activity, DataVersion dataVersion, LedgerProperties properties) {
		this.jdbc = jdbc;
		this.activity = activity;
		this.dataVersion = dataVersion;
		this.properties = properties;
	}

	/**
	 * The day a prediction made at {@code at} falls due when the editor sets none.
	 */
	public LocalDate defaultDueOn(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC).plus(this.properties.defaultHorizon());
	}

	/**
	 * Records what revision {@code revision} of a product's trajectory adds to the
	 * ledger: a new prediction when its text differs from the latest one (or the new due
	 * date of the latest while it is open), the sources of its blocks, and the correction
	 * note.
	 */
	public Recorded recordRevision(long productId, int revision, LedgerRevision entry, String author, Instant at) {
		Optional<Latest> latest = latest(productId);
		Long predictionId = null;
		LocalDate dueOn = null;
		if (latest.isEmpty() || !latest.get().statement().equals(entry.prediction())) {
			dueOn = (entry.dueOn() != null) ? entry.dueOn() : defaultDueOn(at);
			predictionId = this.jdbc.sql("""
					insert into prediction (product_id, revision, statement, made_at, due_on, created_at)
					values (:product, :revision, :statement, :at, :due, :at) returning id""")
				.param("product", productId)
				.param("revision", revision)
				.param("statement", entry.prediction())
				.param("at", Timestamp.from(at))
				.param("due", Date.valueOf(dueOn))
				.query(Long.class)
				.single();
		}
		else if (entry.dueOn() != null && !entry.dueOn().equals(latest.get().dueOn())) {
			dueOn = entry.dueOn();
			predictionId = latest.get().id();
			this.jdbc.sql("update prediction set due_on = :due where id = :id")
				.param("due", Date.valueOf(dueOn))
				.param("id", predictionId)
				.update();
		}
		for (Map.Entry<EditorialBlock, List<Source>> block : entry.sources().entrySet()) {
			int position = 0;
			for (Source source : block.getValue()) {
				this.jdbc.sql("""
						insert into editorial_source (product_id, revision, block, position, url, title, retrieved_on)
						values (:product, :revision, :block, :position, :url, :title, :retrieved)""")
					.param("product", productId)
					.param("revision", revision)
					.param("block", block.getKey().name())
					.param("position", ++position)
					.param("url", source.url())
					.param("title", source.title())
					.param("retrieved", Date.valueOf(source.retrievedOn()))
					.update();
			}
		}
		if (entry.correction()) {
			this.jdbc.sql("""
					insert into trajectory_correction (product_id, revision, note, blocks, corrected_at, author)
					values (:product, :revision, :note, :blocks, :at, :author)""")
				.param("product", productId)
				.param("revision", revision)
				.param("note", entry.correctionNote())
				.param("blocks", entry.changed().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")))
				.param("at", Timestamp.from(at))
				.param("author", author)
				.update();
		}
		this.dataVersion.bump(DependencyKeys.product(productId));
		return new Recorded(predictionId, dueOn);
	}

	/**
	 * Moves the due date of an open prediction (the database refuses it for a graded
	 * one).
	 */
	public void redate(long predictionId, LocalDate dueOn) {
		this.jdbc.sql("update prediction set due_on = :due where id = :id and due_on <> :due returning product_id")
			.param("due", Date.valueOf(dueOn))
			.param("id", predictionId)
			.query(Long.class)
			.optional()
			.ifPresent((productId) -> this.dataVersion.bump(DependencyKeys.product(productId)));
	}

	/**
	 * Enters a prediction published before the ledger kept revisions (no revision of the
	 * trajectory records it); returns its id.
	 */
	public long enterEarlierPrediction(long productId, String statement, Instant madeAt, LocalDate dueOn) {
		long id = this.jdbc.sql("""
				insert into prediction (product_id, revision, statement, made_at, due_on, created_at)
				values (:product, null, :statement, :at, :due, :at) returning id""")
			.param("product", productId)
			.param("statement", statement)
			.param("at", Timestamp.from(madeAt))
			.param("due", Date.valueOf(dueOn))
			.query(Long.class)
			.single();
		this.dataVersion.bump(DependencyKeys.product(productId));
		return id;
	}

	/**
	 * Adds a grade to a prediction (a regrade when it has one already) and returns it.
	 * @throws IllegalArgumentException when the evidence is not an item of the product
	 */
	public int grade(long predictionId, GradeDraft draft, String author, Instant at) {
		long productId = this.jdbc.sql("select product_id from prediction where id = :id for update")
			.param("id", predictionId)
			.query(Long.class)
			.single();
		int sequence = this.jdbc
			.sql("select coalesce(max(sequence), 0) + 1 from prediction_grade where prediction_id = :id")
			.param("id", predictionId)
			.query(Integer.class)
			.single();
		ActivityEntry evidence = null;
		if (draft.evidenceActivityId() != null) {
			evidence = this.activity.editable(draft.evidenceActivityId())
				.map(EditableActivity::entry)
				.filter((item) -> item.productId() == productId)
				.orElseThrow(() -> new IllegalArgumentException("not an activity item of this product"));
		}
		this.jdbc
			.sql("""
					insert into prediction_grade (prediction_id, sequence, grade, note, evidence_activity_id, evidence_title,
					                              evidence_on, evidence_url, graded_on, reason, author, created_at)
					values (:prediction, :sequence, :grade, :note, :activity, :title, :on, :url, :graded, :reason, :author, :at)""")
			.param("prediction", predictionId)
			.param("sequence", sequence)
			.param("grade", draft.grade().name())
			.param("note", draft.note())
			.param("activity", (evidence != null) ? evidence.id() : null)
			.param("title", (evidence != null) ? evidence.title() : null)
			.param("on", (evidence != null) ? Date.valueOf(evidence.occurredOn()) : null)
			.param("url", (evidence != null) ? evidence.sourceUrl() : draft.evidenceUrl())
			.param("graded", Date.valueOf(draft.gradedOn()))
			.param("reason", draft.reason())
			.param("author", author)
			.param("at", Timestamp.from(at))
			.update();
		this.dataVersion.bump(DependencyKeys.product(productId));
		return sequence;
	}

	/**
	 * Enters every trajectory revision whose prediction is not in the ledger yet (a bulk
	 * load writes revisions without it), each due after the default horizon; returns how
	 * many entered.
	 */
	public int enterUnrecordedPredictions() {
		int entered = this.jdbc
			.sql("""
					insert into prediction (product_id, revision, statement, made_at, due_on, created_at)
					select t.product_id, t.revision, t.prediction, t.created_at,
					       ((t.created_at at time zone 'UTC')::date + cast(:horizon as interval))::date, t.created_at
					from (select r.product_id, r.revision, r.prediction, r.created_at,
					             lag(r.prediction) over (partition by r.product_id order by r.revision) as earlier
					      from editorial_trajectory r) t
					where t.earlier is distinct from t.prediction
					  and not exists (select 1 from prediction p where p.product_id = t.product_id and p.revision = t.revision)
					""")
			.param("horizon", this.properties.defaultHorizon().toString())
			.update();
		if (entered > 0) {
			this.dataVersion.bump(DependencyKeys.SITE);
		}
		return entered;
	}

	private Optional<Latest> latest(long productId) {
		return this.jdbc.sql("""
				select id, statement, due_on from prediction where product_id = :product
				order by made_at desc, id desc limit 1""")
			.param("product", productId)
			.query((rs, row) -> new Latest(rs.getLong("id"), rs.getString("statement"),
					rs.getObject("due_on", LocalDate.class)))
			.optional();
	}

	private record Latest(long id, String statement, LocalDate dueOn) {
	}

	/**
	 * @param predictionId the prediction made or re-dated by the revision, or
	 * {@code null} when it left the ledger's predictions as they were
	 * @param dueOn its due date
	 */
	public record Recorded(Long predictionId, LocalDate dueOn) {
	}

}
