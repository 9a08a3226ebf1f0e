package io.sparkpulse.scoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.activity.ActivityChanged;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.freshness.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code product_score} true: recomputes a product's score when its activity changes (inside the
 * writing transaction), and every product's score once a day because points decay with age. Hidden items
 * count for nothing.
 */
@Service
@Transactional
public class ScoreRecomputer {

	private static final Logger log = LoggerFactory.getLogger(ScoreRecomputer.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataVersion dataVersion;

	ScoreRecomputer(JdbcClient jdbc, Clock clock, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dataVersion = dataVersion;
	}

	@EventListener
	void onActivityChanged(ActivityChanged event) {
		recompute(event.productIds());
	}

	public void recompute(Collection<Long> productIds) {
		if (!productIds.isEmpty()) {
			queueBehindOtherWriters();
			store(computeFor(productIds.toArray(Long[]::new)));
		}
	}

	/**
	 * Recomputes every product in three statements' worth of round trips; returns how many were scored.
	 */
	@Transactional(timeout = 300)
	public int recomputeAll() {
		queueBehindOtherWriters();
		List<ScoreRow> rows = computeFor(null);
		store(rows);
		log.info("Recomputed velocity scores of {} products for {}", rows.size(), today());
		return rows.size();
	}

	/**
	 * True when no score was computed for today yet (a fresh database, or the day rolled over).
	 */
	@Transactional(readOnly = true)
	public boolean isStale() {
		return this.jdbc.sql("""
				select exists (select 1 from product p
				               left join product_score s on s.product_id = p.id
				               where s.computed_for is distinct from :today)
				""").param("today", today()).query(Boolean.class).single();
	}

	private List<ScoreRow> computeFor(Long[] productIds) {
		LocalDate today = today();
		String onlyThese = (productIds != null) ? "and p.id = any(:ids)" : "";
		Map<Long, List<VelocityFormula.Move>> moves = new HashMap<>();
		Map<Long, ScoreRow.Facts> facts = new HashMap<>();
		var summary = this.jdbc.sql("""
				select p.id,
				       max(a.occurred_on) filter (where a.occurred_on <= :today) as last_move_on,
				       count(*) filter (where a.spark and a.occurred_on > :today - 30 and a.occurred_on <= :today) as sparks_30d
				from product p left join activity_item a on a.product_id = p.id and not a.hidden
				where true %s
				group by p.id
				""".formatted(onlyThese)).param("today", today);
		var recent = this.jdbc.sql("""
				select a.product_id, a.title, a.kind, a.occurred_on
				from activity_item a join product p on p.id = a.product_id
				where a.occurred_on > :horizon and a.occurred_on <= :today and not a.hidden %s
				""".formatted(onlyThese)).param("today", today).param("horizon", today.minusDays(VelocityFormula.HORIZON_DAYS + 1));
		if (productIds != null) {
			summary = summary.param("ids", productIds);
			recent = recent.param("ids", productIds);
		}
		summary.query((rs) -> {
			facts.put(rs.getLong("id"), new ScoreRow.Facts(rs.getObject("last_move_on", LocalDate.class), rs.getInt("sparks_30d")));
		});
		recent.query((rs) -> {
			moves.computeIfAbsent(rs.getLong("product_id"), (id) -> new ArrayList<>())
				.add(new VelocityFormula.Move(rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")),
						rs.getObject("occurred_on", LocalDate.class)));
		});
		List<ScoreRow> rows = new ArrayList<>(facts.size());
		facts.forEach((productId, fact) -> rows.add(new ScoreRow(productId,
				VelocityFormula.score(moves.getOrDefault(productId, List.of()), today), fact)));
		return rows;
	}

	/**
	 * Bumps the data version before computing: the bump waits for any other writing transaction that
	 * bumped it to commit, so the computation that follows sees that transaction's activity too. Computed
	 * first, a score could miss items another instance was committing at the same moment, and overwrite
	 * that instance's correct score with a stale one.
	 */
	private void queueBehindOtherWriters() {
		this.dataVersion.bump();
	}

	private void store(List<ScoreRow> rows) {
		LocalDate today = today();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (ScoreRow row : rows) {
			this.jdbc.sql("""
					insert into product_score (product_id, score, raw_points, sparks_30d, last_move_on,
					                           formula_version, computed_for, computed_at)
					values (:id, :score, :raw, :sparks, :lastMove, :version, :today, :now)
					on conflict (product_id) do update set
					    score = excluded.score, raw_points = excluded.raw_points, sparks_30d = excluded.sparks_30d,
					    last_move_on = excluded.last_move_on, formula_version = excluded.formula_version,
					    computed_for = excluded.computed_for, computed_at = excluded.computed_at
					""")
				.param("id", row.productId())
				.param("score", row.score().value())
				.param("raw", row.score().rawPoints())
				.param("sparks", row.facts().sparks30d())
				.param("lastMove", row.facts().lastMoveOn())
				.param("version", VelocityFormula.VERSION)
				.param("today", today)
				.param("now", now)
				.update();
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private record ScoreRow(long productId, VelocityFormula.VelocityScore score, Facts facts) {

		record Facts(LocalDate lastMoveOn, int sparks30d) {
		}

	}

}
