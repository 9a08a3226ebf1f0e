package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.CommitWork;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static io.sparkpulse.activity.ActivityKind.ANNOUNCEMENT;
import static io.sparkpulse.activity.ActivityKind.BUSINESS;
import static io.sparkpulse.activity.ActivityKind.RELEASE;
import static io.sparkpulse.activity.ActivityKind.RELEASE_CANDIDATE;
import static io.sparkpulse.activity.ActivityKind.SECURITY_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stored scores are computed in SQL; {@link VelocityFormula} is the definition. Both
 * must give the same score, raw points, spark count and last move for any product.
 */
@PageTest
@Transactional
class ScoreSqlMatchesFormulaTest {

	private static final LocalDate TODAY = FixedClock.TODAY;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	ScoreRecomputer recomputer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void scoresStoredWhenActivityIsRecordedEqualTheFormula() {
		long sector = this.catalog.createSector(new NewSector("formula-sector", "Formula", ""));
		List<Long> products = new ArrayList<>();
		// Edge cases: nothing at all, only the future, exactly on and just past the
		// horizon, results that
		// land exactly on a rounding boundary (0.25, 0.375, 0.125), the cap, sparks
		// either side of 30 days.
		products.add(product(sector, "edge-none", List.of()));
		products.add(product(sector, "edge-future", List.of(move(RELEASE, -3, false))));
		products.add(product(sector, "edge-horizon", List.of(move(RELEASE, 365, false), move(RELEASE, 366, false))));
		products.add(product(sector, "edge-quarter", List.of(move(BUSINESS, 14, false))));
		products.add(product(sector, "edge-three-eighths", List.of(move(RELEASE_CANDIDATE, 28, false))));
		products.add(product(sector, "edge-eighth", List.of(move(ANNOUNCEMENT, 42, false))));
		products.add(product(sector, "edge-capped",
				List.of(move(RELEASE, 0, true), move(SECURITY_RELEASE, 1, true), move(RELEASE, 2, false))));
		products.add(product(sector, "edge-sparks",
				List.of(move(ANNOUNCEMENT, 29, true), move(ANNOUNCEMENT, 30, true), move(RELEASE, -1, true))));
		Random random = new Random(6);
		ActivityKind[] kinds = ActivityKind.values();
		for (int i = 0; i < 40; i++) {
			List<NewActivity> moves = new ArrayList<>();
			int count = random.nextInt(30);
			for (int m = 0; m < count; m++) {
				moves.add(move(kinds[random.nextInt(kinds.length)], random.nextInt(420) - 10, random.nextInt(10) == 0));
			}
			products.add(product(sector, "random-" + i, moves));
		}

		CommitWork.runNow();
		assertThat(stored()).containsKeys(products.toArray(Long[]::new));
		assertStoredScoresEqualTheFormula();
	}

	@Test
	void recomputingEverythingEqualsTheFormulaForEveryProduct() {
		assertThat(this.recomputer.recomputeAll()).isEqualTo(count("select count(*) from product"));
		assertStoredScoresEqualTheFormula();
		assertThat(count("select count(distinct score) from product_score")).isGreaterThan(10);
	}

	private void assertStoredScoresEqualTheFormula() {
		Map<Long, List<VelocityFormula.Move>> moves = new HashMap<>();
		Map<Long, Integer> sparks = new HashMap<>();
		Map<Long, LocalDate> lastMoves = new HashMap<>();
		this.jdbc.sql("select product_id, kind, occurred_on, spark from activity_item").query((rs) -> {
			long productId = rs.getLong("product_id");
			LocalDate on = rs.getObject("occurred_on", LocalDate.class);
			moves.computeIfAbsent(productId, (id) -> new ArrayList<>())
				.add(new VelocityFormula.Move("move", ActivityKind.valueOf(rs.getString("kind")), on));
			if (!on.isAfter(TODAY)) {
				lastMoves.merge(productId, on, (a, b) -> a.isAfter(b) ? a : b);
				if (rs.getBoolean("spark") && on.isAfter(TODAY.minusDays(30))) {
					sparks.merge(productId, 1, Integer::sum);
				}
			}
		});
		Map<Long, Stored> stored = stored();
		assertThat(stored).hasSize(count("select count(*) from product"));
		stored.forEach((productId, row) -> {
			VelocityFormula.VelocityScore expected = VelocityFormula.score(moves.getOrDefault(productId, List.of()),
					TODAY);
			assertThat(row.score()).as("score of product %d", productId).isEqualByComparingTo(expected.value());
			assertThat(row.rawPoints()).as("raw points of product %d", productId)
				.isCloseTo(expected.rawPoints(), within(1e-9));
			assertThat(row.sparks30d()).as("sparks of product %d", productId)
				.isEqualTo(sparks.getOrDefault(productId, 0));
			assertThat(row.lastMoveOn()).as("last move of product %d", productId).isEqualTo(lastMoves.get(productId));
		});
	}

	private Map<Long, Stored> stored() {
		Map<Long, Stored> rows = new HashMap<>();
		this.jdbc.sql("select product_id, score, raw_points, sparks_30d, last_move_on from product_score")
			.query((rs) -> {
				rows.put(rs.getLong("product_id"), new Stored(rs.getBigDecimal("score"), rs.getDouble("raw_points"),
						rs.getInt("sparks_30d"), rs.getObject("last_move_on", LocalDate.class)));
			});
		return rows;
	}

	private long product(long sector, String slug, List<NewActivity> moves) {
		long id = this.catalog.createProduct(
				new NewProduct("formula-" + slug, "Formula " + slug, sector, "Headline", "", null, null, List.of()));
		this.activity.recordAll(id, moves);
		return id;
	}

	private static NewActivity move(ActivityKind kind, int daysAgo, boolean spark) {
		return new NewActivity(TODAY.minusDays(daysAgo), kind, kind + " " + daysAgo, null, null, spark);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private record Stored(BigDecimal score, double rawPoints, int sparks30d, LocalDate lastMoveOn) {
	}

}
