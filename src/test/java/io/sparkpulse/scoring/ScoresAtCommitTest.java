package io.sparkpulse.scoring;

import java.util.List;
import java.util.UUID;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.catalog.ProductChanges;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.search.SearchQuery;
import io.sparkpulse.search.SearchService;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writers only announce what they changed; scores, ranks and search documents are right
 * once the transaction commits, whatever mix of edits it held and without any writer
 * flushing first.
 */
@PageTest
class ScoresAtCommitTest {

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	CatalogQueries queries;

	@Autowired
	SearchService search;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aProductEditAndANewMoveInOneTransactionAreScoredAndFoundAfterCommit() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		String word = "zephyrine" + key.replaceAll("[0-9]", "q");
		long[] ids = this.transactions.execute((status) -> {
			long first = this.catalog.createSector(new NewSector("commit-a-" + key, "Commit A " + key, ""));
			long second = this.catalog.createSector(new NewSector("commit-b-" + key, "Commit B " + key, ""));
			long product = this.catalog.createProduct(
					new NewProduct("commit-" + key, "Commit " + key, first, "Headline", "", null, null, List.of()));
			return new long[] { first, second, product };
		});
		long version = this.catalog.lockProduct(ids[2]).orElseThrow().version();

		this.transactions.executeWithoutResult((status) -> {
			this.catalog.updateProduct(ids[2], version,
					new ProductChanges("Commit " + key, ids[1], "Now about " + word, "", null, null, List.of()));
			this.activity.record(ids[2],
					new NewActivity(FixedClock.TODAY.minusDays(14), ActivityKind.RELEASE, "v1.0", null, null, true));
		});

		ProductSummary scored = this.queries.product("commit-" + key).orElseThrow();
		assertThat(scored.velocity()).isEqualByComparingTo("1.5");
		assertThat(scored.sparks30d()).isEqualTo(1);
		assertThat(scored.rhythm().rankIn("Commit B " + key)).isEqualTo("#1 of 1 in Commit B " + key);
		assertThat(this.search.search(SearchQuery.of(word), 1).results()).extracting((result) -> result.product().id())
			.containsExactly(ids[2]);
	}

	@Test
	void aChangeTheDatabaseRefusesAtCommitFailsAsADataIntegrityViolation() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long product = this.transactions.execute((status) -> {
			long sector = this.catalog.createSector(new NewSector("refused-" + key, "Refused " + key, ""));
			return this.catalog.createProduct(
					new NewProduct("refused-" + key, "Refused " + key, sector, "Headline", "", null, null, List.of()));
		});
		long version = this.catalog.lockProduct(product).orElseThrow().version();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.transactions.executeWithoutResult((status) -> this.catalog.updateProduct(product, version,
						new ProductChanges("Refused " + key, Long.MAX_VALUE, "Headline", "", null, null, List.of()))));
		assertThat(this.catalog.lockProduct(product).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void aTransactionThatRollsBackLeavesTheScoreAsItWas() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long product = this.transactions.execute((status) -> {
			long sector = this.catalog.createSector(new NewSector("rollback-" + key, "Rollback " + key, ""));
			return this.catalog.createProduct(new NewProduct("rollback-" + key, "Rollback " + key, sector, "Headline",
					"", null, null, List.of()));
		});

		this.transactions.executeWithoutResult((status) -> {
			this.activity.record(product,
					new NewActivity(FixedClock.TODAY.minusDays(14), ActivityKind.RELEASE, "v1.0", null, null, true));
			status.setRollbackOnly();
		});

		assertThat(this.queries.product("rollback-" + key).orElseThrow().velocity()).isEqualByComparingTo("0.0");
	}

}
