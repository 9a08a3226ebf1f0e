package io.sparkpulse.scoring;

import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.CommitWork;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores are stored, and follow activity when the transaction that changes it commits
 * (these tests roll back, so they run the commit work themselves).
 */
@PageTest
@Transactional
class ScoreRecomputationTest {

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	CatalogQueries queries;

	@Autowired
	ScoreRecomputer recomputer;

	@Test
	void recordingAMoveUpdatesTheStoredScoreAndSparkCount() {
		long sector = this.catalog.createSector(new NewSector("score-sector", "Scores", ""));
		long product = this.catalog.createProduct(
				new NewProduct("score-product", "Score Product", sector, "Headline", "", null, null, List.of()));
		this.recomputer.recompute(List.of(product));
		assertThat(this.queries.product("score-product").orElseThrow().velocity()).isEqualByComparingTo("0.0");

		this.activity.record(product,
				new NewActivity(FixedClock.TODAY.minusDays(14), ActivityKind.RELEASE, "v1.0", null, null, true));
		CommitWork.runNow();

		var scored = this.queries.product("score-product").orElseThrow();
		assertThat(scored.velocity()).isEqualByComparingTo("1.5");
		assertThat(scored.sparks30d()).isEqualTo(1);
		assertThat(scored.lastMoveOn()).isEqualTo(FixedClock.TODAY.minusDays(14));
	}

	@Test
	void releaseFiguresAndSectorRanksAreStoredWithTheScoreAndBreakTies() {
		long sector = this.catalog.createSector(new NewSector("rhythm-sector", "Rhythm", ""));
		long steady = this.catalog
			.createProduct(new NewProduct("steady", "Steady", sector, "Headline", "", null, null, List.of()));
		long busy = this.catalog
			.createProduct(new NewProduct("busy", "Busy", sector, "Headline", "", null, null, List.of()));
		CommitWork.runNow();
		assertThat(this.queries.product("busy").orElseThrow().rhythm().rankIn("Rhythm")).isEqualTo("#2 of 2 in Rhythm");
		for (int days : List.of(0, 2, 4, 6, 8)) {
			this.activity.record(steady, new NewActivity(FixedClock.TODAY.minusDays(days), ActivityKind.RELEASE,
					"s" + days, null, null, false));
		}
		for (int days : List.of(0, 1, 3, 5, 7, 9, 100, 400)) {
			this.activity.record(busy, new NewActivity(FixedClock.TODAY.minusDays(days), ActivityKind.RELEASE,
					"b" + days, null, null, false));
		}
		this.activity.record(busy,
				new NewActivity(FixedClock.TODAY.minusDays(200), ActivityKind.ANNOUNCEMENT, "news", null, null, false));
		CommitWork.runNow();

		var busyOne = this.queries.product("busy").orElseThrow();
		var steadyOne = this.queries.product("steady").orElseThrow();
		assertThat(busyOne.velocity()).isEqualByComparingTo("5.0");
		assertThat(steadyOne.velocity()).isEqualByComparingTo("5.0");
		assertThat(busyOne.rhythm().releases90d()).isEqualTo(6);
		assertThat(busyOne.rhythm().moves365d()).isEqualTo(8);
		assertThat(busyOne.rhythm().medianReleaseGapDays()).isEqualByComparingTo("2.0");
		assertThat(busyOne.rhythm().daysSinceLastRelease()).isZero();
		assertThat(steadyOne.rhythm().releases90d()).isEqualTo(5);
		assertThat(busyOne.rhythm().rankIn("Rhythm")).isEqualTo("#1 of 2 in Rhythm");
		assertThat(steadyOne.rhythm().rankIn("Rhythm")).isEqualTo("#2 of 2 in Rhythm");
		assertThat(this.queries.rankedInSectors(List.of(sector), List.of(), 10)).extracting((p) -> p.slug())
			.containsExactly("busy", "steady");
	}

	@Test
	void aQuietProductKeepsWhatItShippedInTheLastYear() {
		long sector = this.catalog.createSector(new NewSector("quiet-sector", "Quiet", ""));
		long quiet = this.catalog
			.createProduct(new NewProduct("quiet-one", "Quiet One", sector, "Headline", "", null, null, List.of()));
		for (int days : List.of(120, 200, 300)) {
			this.activity.record(quiet, new NewActivity(FixedClock.TODAY.minusDays(days), ActivityKind.RELEASE,
					"q" + days, null, null, false));
		}
		CommitWork.runNow();
		var product = this.queries.product("quiet-one").orElseThrow();
		assertThat(product.velocity()).isEqualByComparingTo("0.0");
		assertThat(product.rhythm().movesLastYear()).isEqualTo("3 moves in the last year");
		assertThat(product.rhythm().lastMoveOn()).isEqualTo(FixedClock.TODAY.minusDays(120));
		assertThat(product.rhythm().medianGap()).isEqualTo("90");
		assertThat(product.rhythm().releases90d()).isZero();
		assertThat(product.rhythm().daysSinceLastRelease()).isEqualTo(120);
	}

	@Test
	void retiringAProductTakesItOutOfItsSectorsRanking() {
		long sector = this.catalog.createSector(new NewSector("retire-sector", "Retire", ""));
		this.catalog.createProduct(new NewProduct("stays", "Stays", sector, "Headline", "", null, null, List.of()));
		long leaves = this.catalog
			.createProduct(new NewProduct("leaves", "Leaves", sector, "Headline", "", null, null, List.of()));
		CommitWork.runNow();
		assertThat(this.queries.product("stays").orElseThrow().rhythm().sectorSize()).isEqualTo(2);
		this.catalog.retireProduct(leaves, this.catalog.lockProduct(leaves).orElseThrow().version());
		CommitWork.runNow();
		assertThat(this.queries.product("stays").orElseThrow().rhythm().rankIn("Retire"))
			.isEqualTo("#1 of 1 in Retire");
	}

	@Test
	void recomputingEverythingScoresEveryProductForToday() {
		assertThat(this.recomputer.recomputeAll()).isGreaterThanOrEqualTo(60);
		assertThat(this.recomputer.isStale()).isFalse();
	}

}
