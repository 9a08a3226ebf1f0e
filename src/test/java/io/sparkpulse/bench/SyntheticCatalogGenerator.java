package io.sparkpulse.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.sparkpulse.scoring.ScoreRecomputer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link SyntheticCatalogPlan} into an empty database: every row streamed with
 * COPY in one transaction (all of it lands or none), then every velocity score computed
 * by the same set-based recompute the site uses, then the tables vacuumed and analysed so
 * the first queries get good plans and index-only scans.
 */
@Component
public class SyntheticCatalogGenerator {

	// Not the demo loader's lock: the two never run together (a generating run switches
	// the demo off), but a
	// second generator started by mistake waits here and then finds the catalog full.
	private static final long GENERATE_LOCK = 0x5350_4b47_454e_4552L;

	private static final List<String> TABLES = List.of("sector", "theme", "product", "product_theme",
			"trajectory_revision", "activity_item", "product_score");

	private static final List<String> TRIGGERED_TABLES = List.of("product", "product_theme", "trajectory_revision",
			"activity_item");

	private static final Duration GENERATION_TIMEOUT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(SyntheticCatalogGenerator.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final ScoreRecomputer scores;

	SyntheticCatalogGenerator(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			ScoreRecomputer scores) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		// A one-off command whose single transaction writes millions of rows: the site's
		// 10 s default
		// (spring.transaction.default-timeout) would cut catalog L short half-way.
		this.transaction.setTimeout((int) GENERATION_TIMEOUT.toSeconds());
		this.scores = scores;
	}

	/**
	 * Writes the catalog; refuses, writing nothing, if the database already holds a
	 * sector or a product.
	 */
	public Report generate(SyntheticCatalogPlan plan) {
		long started = System.nanoTime();
		long[] phases = new long[2];
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", GENERATE_LOCK).query().singleRow();
			if (this.jdbc.sql("select exists (select 1 from sector) or exists (select 1 from product)")
				.query(Boolean.class)
				.single()) {
				throw new CatalogNotEmptyException();
			}
			withoutRowTriggers(() -> insert(plan));
			this.jdbc.sql("select product_search_refresh(array(select id from product))").query().singleRow();
			phases[0] = System.nanoTime();
			this.scores.recomputeAll();
			phases[1] = System.nanoTime();
		});
		for (String table : TABLES) {
			this.jdbc.sql("vacuum (analyze) " + table).update();
		}
		long finished = System.nanoTime();
		Report report = new Report(plan.products().size(), plan.activityTotal(), Duration.ofNanos(phases[0] - started),
				Duration.ofNanos(phases[1] - phases[0]), Duration.ofNanos(finished - phases[1]));
		log.info("Generated a synthetic catalog: {}", report);
		return report;
	}

	/**
	 * Runs the bulk insert with the tables' own triggers switched off, inside the
	 * transaction (ALTER TABLE is transactional, and its lock keeps everyone else out
	 * meanwhile). Row by row they would rebuild a search document for each of 300,000
	 * product themes; here the documents are built in one statement afterwards, every
	 * score row comes from the recompute, and {@code content_changed_at} is already the
	 * insert time.
	 */
	private void withoutRowTriggers(Runnable insert) {
		for (String table : TRIGGERED_TABLES) {
			this.jdbc.sql("alter table " + table + " disable trigger user").update();
		}
		insert.run();
		for (String table : TRIGGERED_TABLES) {
			this.jdbc.sql("alter table " + table + " enable trigger user").update();
		}
	}

	private void insert(SyntheticCatalogPlan plan) {
		// The transaction's own connection, so COPY and the statements around it commit
		// or roll back together.
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			insert(plan, connection);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void insert(SyntheticCatalogPlan plan, Connection connection) {
		String now = plan.now().toString();
		long[] sectorIds = new long[plan.sectors().size()];
		for (int i = 0; i < sectorIds.length; i++) {
			SyntheticCatalogPlan.Sector sector = plan.sectors().get(i);
			sectorIds[i] = this.jdbc.sql("""
					insert into sector (slug, name, description, created_at) values (:slug, :name, :description, :now)
					returning id""")
				.param("slug", sector.slug())
				.param("name", sector.name())
				.param("description", sector.description())
				.param("now", Timestamp.from(plan.now()))
				.query(Long.class)
				.single();
		}
		try (CopyRows rows = CopyRows.into(connection, "theme (slug, name)")) {
			plan.themes().forEach((theme) -> rows.field(theme.slug()).field(theme.name()).endRow());
		}
		long[] themeIds = idsBySlug("theme", plan.themes().stream().map(SyntheticCatalogPlan.Theme::slug).toList());
		try (CopyRows rows = CopyRows.into(connection,
				"""
						product (slug, name, sector_id, headline, summary, website_url, repository_url, created_at, updated_at)""")) {
			for (SyntheticCatalogPlan.Product product : plan.products()) {
				rows.field(product.slug())
					.field(product.name())
					.field(sectorIds[product.sector()])
					.field(product.headline())
					.field(product.summary())
					.field(product.websiteUrl())
					.field(product.repositoryUrl())
					.field(now)
					.field(now)
					.endRow();
			}
		}
		long[] productIds = idsBySlug("product",
				plan.products().stream().map(SyntheticCatalogPlan.Product::slug).toList());
		try (CopyRows rows = CopyRows.into(connection, "product_theme (product_id, theme_id, rank)")) {
			for (SyntheticCatalogPlan.Product product : plan.products()) {
				for (int rank = 1; rank <= product.themes().size(); rank++) {
					rows.field(productIds[product.index()])
						.field(themeIds[product.themes().get(rank - 1)])
						.field(rank)
						.endRow();
				}
			}
		}
		try (CopyRows rows = CopyRows.into(connection,
				"""
						trajectory_revision (product_id, revision, headline, current_state, heading, prediction, author, created_at)""")) {
			plan.forEachRevision((revision) -> rows.field(productIds[revision.product()])
				.field(revision.revision())
				.field(revision.headline())
				.field(revision.currentState())
				.field(revision.heading())
				.field(revision.prediction())
				.field(SyntheticCatalogPlan.AUTHOR)
				.field(revision.createdAt())
				.endRow());
		}
		try (CopyRows rows = CopyRows.into(connection, """
				activity_item (product_id, occurred_on, kind, title, summary, source_url, spark, created_at)""")) {
			plan.forEachActivity((item) -> rows.field(productIds[item.product()])
				.field(item.occurredOn())
				.field(item.kind().name())
				.field(item.title())
				.field(item.summary())
				.field(item.sourceUrl())
				.field(item.spark())
				.field(now)
				.endRow());
		}
	}

	/**
	 * The database ids of rows just copied, in the order of {@code slugs}.
	 */
	private long[] idsBySlug(String table, List<String> slugs) {
		Map<String, Long> ids = new HashMap<>(slugs.size() * 2);
		this.jdbc.sql("select id, slug from " + table).query((rs) -> {
			ids.put(rs.getString("slug"), rs.getLong("id"));
		});
		long[] ordered = new long[slugs.size()];
		for (int i = 0; i < ordered.length; i++) {
			ordered[i] = ids.get(slugs.get(i));
		}
		return ordered;
	}

	/**
	 * How big the generated catalog is and where the time went: inserting the rows,
	 * computing every score, vacuuming and analysing.
	 */
	public record Report(int products, long activityItems, Duration insert, Duration scores, Duration vacuum) {

		Duration total() {
			return this.insert.plus(this.scores).plus(this.vacuum);
		}

		@Override
		public String toString() {
			return "%d products, %d activity items in %.1f s (rows %.1f s, scores %.1f s, vacuum and analyse %.1f s)"
				.formatted(this.products, this.activityItems, seconds(total()), seconds(this.insert),
						seconds(this.scores), seconds(this.vacuum));
		}

		private static double seconds(Duration duration) {
			return duration.toMillis() / 1000.0;
		}

	}

	/**
	 * The database already holds a catalog; the generator only fills an empty one.
	 */
	static final class CatalogNotEmptyException extends IllegalStateException {

		CatalogNotEmptyException() {
			super("The database already holds a catalog: the synthetic catalog generator only fills an empty one "
					+ "(create a fresh database, or drop the schema, and run it again)");
		}

	}

}
