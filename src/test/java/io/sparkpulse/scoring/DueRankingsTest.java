package io.sparkpulse.scoring;

import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.support.CommitWork;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sector larger than {@code at-commit-up-to} (two products here) is not ranked by each
 * write to it: the score follows at once, the ranks when the due rankings run.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.scoring.ranking.at-commit-up-to=2")
@Transactional
class DueRankingsTest {

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	CatalogQueries queries;

	@Autowired
	ScoreRecomputer scores;

	@Autowired
	DueRankings rankings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWriteToALargeSectorScoresAtOnceAndRanksWhenTheDueRankingsRun() {
		long sector = this.catalog.createSector(new NewSector("due-sector", "Due", ""));
		long last = 0;
		for (String name : List.of("First", "Second", "Third")) {
			last = this.catalog.createProduct(
					new NewProduct("due-" + name.toLowerCase(), name, sector, "Headline", "", null, null, List.of()));
		}
		CommitWork.runNow();
		assertThat(rank("due-third")).isEqualTo("#3 of 3 in Due");
		long ranking = version(DependencyKeys.sector(sector));

		this.activity.record(last, new NewActivity(FixedClock.TODAY, ActivityKind.RELEASE, "v1.0", null, null, false));
		CommitWork.runNow();

		assertThat(this.queries.product("due-third").orElseThrow().velocity()).isEqualByComparingTo("3.0");
		assertThat(rank("due-third")).isEqualTo("#3 of 3 in Due");
		assertThat(version(DependencyKeys.sector(sector))).isEqualTo(ranking);
		assertThat(this.scores.dueSectors()).contains(sector);

		assertThat(this.rankings.rankDueSectors()).isPositive();

		assertThat(rank("due-third")).isEqualTo("#1 of 3 in Due");
		assertThat(rank("due-first")).isEqualTo("#2 of 3 in Due");
		assertThat(version(DependencyKeys.sector(sector))).isGreaterThan(ranking);
		assertThat(this.scores.dueSectors()).doesNotContain(sector);
		assertThat(this.rankings.rankDueSectors()).as("nothing is due any more").isZero();
	}

	@Test
	void joiningALargeSectorRanksItAtOnce() {
		long sector = this.catalog.createSector(new NewSector("joined-sector", "Joined", ""));
		for (String name : List.of("One", "Two", "Three")) {
			this.catalog.createProduct(new NewProduct("joined-" + name.toLowerCase(), name, sector, "Headline", "",
					null, null, List.of()));
		}
		CommitWork.runNow();
		this.catalog
			.createProduct(new NewProduct("joined-four", "Four", sector, "Headline", "", null, null, List.of()));
		CommitWork.runNow();

		assertThat(rank("joined-four")).isEqualTo("#4 of 4 in Joined");
		assertThat(rank("joined-one")).isEqualTo("#1 of 4 in Joined");
		assertThat(this.scores.dueSectors()).doesNotContain(sector);
	}

	private String rank(String slug) {
		var product = this.queries.product(slug).orElseThrow();
		return product.rhythm().rankIn(product.sector().name());
	}

	private long version(String key) {
		return this.jdbc.sql("select version from dependency_version where key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

}
