package io.sparkpulse.catalog;

import java.util.ArrayList;
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
 * Rankings served from memory are the rankings SQL gives, for any mix of sectors and
 * exclusions, and a committed write that moves a score is reflected at once.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class SectorRankingsTest {

	@Autowired
	SectorRankings rankings;

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
	void everySectorMixAndExclusionRanksAsSqlDoes() {
		List<SectorSummary> sectors = this.catalog.sectors();
		assertThat(sectors).hasSizeGreaterThan(2);
		for (SectorSummary first : sectors) {
			for (SectorSummary second : sectors) {
				List<Long> mix = (first.id() == second.id()) ? List.of(first.id()) : List.of(first.id(), second.id());
				List<ProductSummary> all = this.catalog.rankedInSectors(mix, List.of(), 50);
				List<Long> excluded = new ArrayList<>();
				all.stream().limit(2).forEach((product) -> excluded.add(product.id()));
				for (int limit : new int[] { 1, 6, 50 }) {
					assertThat(this.rankings.ranked(mix, excluded, limit)).as("%s limit %d", mix, limit)
						.isEqualTo(this.catalog.rankedInSectors(mix, excluded, limit));
				}
			}
		}
		assertThat(this.rankings.mostActive(12)).isEqualTo(this.catalog.mostActive(12));
	}

	@Test
	void aRepeatedRankingCostsNoStatement() {
		long sector = this.catalog.sectors().get(0).id();
		this.rankings.ranked(List.of(sector), List.of(), 6);
		this.statements.reset();
		this.rankings.ranked(List.of(sector), List.of(), 6);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aCommittedScoreChangeReordersTheSectorAtOnce() {
		long sector = this.transactions.execute((tx) -> {
			long created = this.commands.createSector(new NewSector("ranking-sector", "Ranking", ""));
			for (String slug : List.of("ranking-first", "ranking-second", "ranking-third")) {
				long product = this.commands
					.createProduct(new NewProduct(slug, slug, created, "Headline", "", null, null, List.of()));
				this.activity.record(product, new NewActivity(FixedClock.TODAY.minusDays(slug.length()),
						ActivityKind.RELEASE, slug + " release", null, null, false));
			}
			return created;
		});
		List<ProductSummary> before = this.rankings.ranked(List.of(sector), List.of(), 6);
		ProductSummary last = before.get(before.size() - 1);
		assertThat(before).hasSize(3);
		assertThat(before.get(0).id()).isNotEqualTo(last.id());

		this.transactions.executeWithoutResult((tx) -> {
			for (int day = 0; day < 5; day++) {
				this.activity.record(last.id(), new NewActivity(FixedClock.TODAY.minusDays(day), ActivityKind.RELEASE,
						"Ranking test release " + day, null, null, true));
			}
		});

		List<ProductSummary> after = this.rankings.ranked(List.of(sector), List.of(), 6);
		assertThat(after.get(0).id()).isEqualTo(last.id());
		assertThat(after).isEqualTo(this.catalog.rankedInSectors(List.of(sector), List.of(), 6));
	}

}
