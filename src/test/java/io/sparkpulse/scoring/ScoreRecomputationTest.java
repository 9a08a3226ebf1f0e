package io.sparkpulse.scoring;

import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores are stored, and follow activity in the same transaction that changes it.
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

		var scored = this.queries.product("score-product").orElseThrow();
		assertThat(scored.velocity()).isEqualByComparingTo("1.5");
		assertThat(scored.sparks30d()).isEqualTo(1);
		assertThat(scored.lastMoveOn()).isEqualTo(FixedClock.TODAY.minusDays(14));
	}

	@Test
	void recomputingEverythingScoresEveryProductForToday() {
		assertThat(this.recomputer.recomputeAll()).isGreaterThanOrEqualTo(60);
		assertThat(this.recomputer.isStale()).isFalse();
	}

}
