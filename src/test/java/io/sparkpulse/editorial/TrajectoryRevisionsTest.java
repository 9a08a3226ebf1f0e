package io.sparkpulse.editorial;

import java.time.Instant;
import java.util.List;

import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.support.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Editorial trajectories keep every revision: saving appends, and the database refuses
 * overwrites.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EditorialCommands.class, EditorialQueries.class, CatalogCommands.class, DataVersion.class, FixedClock.class })
class TrajectoryRevisionsTest {

	@Autowired
	EditorialCommands commands;

	@Autowired
	EditorialQueries queries;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	TrajectoryRevisionRepository revisions;

	@Autowired
	JdbcClient jdbc;

	long productId;

	@BeforeEach
	void aProduct() {
		long sector = this.catalog.createSector(new NewSector("editorial-sector", "Editorial", ""));
		this.productId = this.catalog.createProduct(new NewProduct("editorial-product", "Editorial Product", sector,
				"Headline", "", null, null, List.of()));
	}

	@Test
	void eachSaveAppendsARevisionAndTheNewestIsCurrent() {
		Instant first = Instant.parse("2026-01-01T10:00:00Z");
		Instant second = Instant.parse("2026-03-01T10:00:00Z");
		assertThat(this.commands.revise(this.productId, draft("First take"), "ada", first)).isEqualTo(1);
		assertThat(this.commands.revise(this.productId, draft("Second take"), "bob", second)).isEqualTo(2);
		this.revisions.flush();

		Trajectory current = this.queries.currentOf(List.of(this.productId)).get(this.productId);
		assertThat(current.headline()).isEqualTo("Second take");
		assertThat(current.author()).isEqualTo("bob");
		assertThat(current.updatedAt()).isEqualTo(second);
		assertThat(this.queries.history(this.productId)).extracting(Trajectory::headline)
			.containsExactly("Second take", "First take");
	}

	@Test
	void theDatabaseRefusesToOverwriteOrDeleteARevision() {
		this.commands.revise(this.productId, draft("Original"), "ada", Instant.parse("2026-01-01T10:00:00Z"));
		this.revisions.flush();
		assertThatExceptionOfType(UncategorizedSQLException.class)
			.isThrownBy(
					() -> this.jdbc.sql("update trajectory_revision set headline = 'Rewritten' where product_id = :id")
						.param("id", this.productId)
						.update())
			.withMessageContaining("never overwritten");
	}

	@Test
	void aProductWithoutTrajectoryHasNoCurrentOne() {
		assertThat(this.queries.currentOf(List.of(this.productId))).isEmpty();
		assertThat(this.queries.history(this.productId)).isEmpty();
	}

	private static TrajectoryDraft draft(String headline) {
		return new TrajectoryDraft(headline, "Current state.", "Heading.", "Prediction.");
	}

}
