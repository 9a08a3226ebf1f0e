package io.sparkpulse.catalog;

import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The most active products served from memory are those SQL ranks, and a committed write
 * that moves a score is reflected at once.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class MostActiveProductsTest {

	@Autowired
	MostActiveProducts rankings;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	CatalogCommands commands;

	@Autowired
	ActivityCommands activity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StatementCounter statements;

	@Test
	void everyLengthRanksAsSqlDoes() {
		for (int limit : new int[] { 1, 6, 12, 50, MostActiveProducts.DEPTH + 1 }) {
			assertThat(this.rankings.mostActive(limit)).as("limit %d", limit).isEqualTo(this.catalog.mostActive(limit));
		}
	}

	@Test
	void aRepeatedRankingCostsNoStatement() {
		this.rankings.mostActive(6);
		this.statements.reset();
		this.rankings.mostActive(6);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aCommittedScoreChangeReordersTheRankingAtOnce() {
		List<ProductSummary> before = this.rankings.mostActive(3);
		long quiet = this.transactions.execute((tx) -> {
			long created = this.commands.createSector(new NewSector("ranking-sector", "Ranking", ""));
			return this.commands.createProduct(
					new NewProduct("ranking-quiet", "ranking-quiet", created, "Headline", "", null, null, List.of()));
		});
		assertThat(before).extracting(ProductSummary::id).doesNotContain(quiet);

		this.transactions.executeWithoutResult((tx) -> {
			for (int day = 0; day < 60; day++) {
				this.activity.record(quiet, new NewActivity(FixedClock.TODAY.minusDays(day), ActivityKind.RELEASE,
						"Ranking test release " + day, null, null, true));
			}
		});

		List<ProductSummary> after = this.rankings.mostActive(3);
		assertThat(after.get(0).id()).isEqualTo(quiet);
		assertThat(after).isEqualTo(this.catalog.mostActive(3));
	}

}
