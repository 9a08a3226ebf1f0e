package io.sparkpulse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductFilter;
import io.sparkpulse.catalog.ProductListing;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.ledger.EditorialBlock;
import io.sparkpulse.ledger.Grade;
import io.sparkpulse.ledger.GradeDraft;
import io.sparkpulse.ledger.LedgerCommands;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.ledger.LedgerRevision;
import io.sparkpulse.ledger.PredictionRecord;
import io.sparkpulse.ledger.Source;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives the demo catalog its editorial record ({@code classpath:demo/ledger/*.json}): a
 * year of predictions graded against the demo's own activity, open ones with their due
 * dates, sources for every trajectory drawn from the product's release notes, and two
 * corrections. Runs inside the demo load's transaction, after the catalog is in.
 */
@Component
class DemoLedgerLoader {

	private static final int ACTIVITY_SCAN = 500;

	private static final int MAX_PRODUCTS = 1000;

	private final LedgerCommands ledger;

	private final LedgerQueries ledgerQueries;

	private final CatalogQueries catalog;

	private final EditorialQueries editorial;

	private final ActivityQueries activity;

	private final JsonMapper json;

	DemoLedgerLoader(LedgerCommands ledger, LedgerQueries ledgerQueries, CatalogQueries catalog,
			EditorialQueries editorial, ActivityQueries activity, JsonMapper json) {
		this.ledger = ledger;
		this.ledgerQueries = ledgerQueries;
		this.catalog = catalog;
		this.editorial = editorial;
		this.activity = activity;
		this.json = json;
	}

	void load(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		DemoLedgerFile file = read();
		Map<String, ProductSummary> products = new java.util.HashMap<>();
		for (ProductSummary product : this.catalog
			.products(this.catalog.productListing(new ProductFilter("", null, null, null), 0, MAX_PRODUCTS)
				.stream()
				.map(ProductListing::slug)
				.toList())) {
			products.put(product.slug(), product);
		}
		Map<Long, Trajectory> current = this.editorial
			.currentOf(products.values().stream().map(ProductSummary::id).toList());
		sources(products, current, file.corrections());
		this.ledger.enterUnrecordedPredictions();
		for (DemoLedgerFile.Open open : file.open()) {
			long id = prediction(products.get(open.product()).id(), open.revision());
			this.ledger.redate(id, today.minusDays(open.dueDaysAgo()));
		}
		for (DemoLedgerFile.Graded graded : file.graded()) {
			ProductSummary product = products.get(graded.product());
			long id = prediction(product.id(), graded.revision());
			if (graded.dueDaysAgo() != null) {
				this.ledger.redate(id, today.minusDays(graded.dueDaysAgo()));
			}
			grade(product, id, graded.grade(), graded.note(), graded.activity(), graded.url(), null,
					graded.gradedDaysAgo(), now);
			if (graded.regrade() != null) {
				DemoLedgerFile.Regrade regrade = graded.regrade();
				grade(product, id, regrade.grade(), regrade.note(), regrade.activity(), null, regrade.reason(),
						regrade.gradedDaysAgo(), now);
			}
		}
		for (DemoLedgerFile.Earlier earlier : file.earlier()) {
			ProductSummary product = products.get(earlier.product());
			long id = this.ledger.enterEarlierPrediction(product.id(), earlier.statement(),
					now.minus(Duration.ofDays(earlier.madeDaysAgo())), today.minusDays(earlier.dueDaysAgo()));
			grade(product, id, earlier.grade(), earlier.note(), earlier.activity(), null, null, earlier.gradedDaysAgo(),
					now);
		}
	}

	/**
	 * Every current trajectory rests on the release notes it describes: the product's two
	 * newest linked moves up to the day it was written, and its newest linked
	 * announcement (or else its repository) for the outlook.
	 */
	private void sources(Map<String, ProductSummary> products, Map<Long, Trajectory> current,
			List<DemoLedgerFile.Correction> corrections) {
		for (ProductSummary product : products.values()) {
			Trajectory trajectory = current.get(product.id());
			if (trajectory == null) {
				continue;
			}
			LocalDate written = LocalDate.ofInstant(trajectory.updatedAt(), ZoneOffset.UTC);
			List<ActivityEntry> linked = this.activity.timeline(product.id(), 0, ACTIVITY_SCAN)
				.stream()
				.filter((item) -> item.sourceUrl() != null && !item.occurredOn().isAfter(written))
				.toList();
			List<Source> state = linked.stream()
				.filter((item) -> item.kind() != ActivityKind.ANNOUNCEMENT && item.kind() != ActivityKind.BUSINESS)
				.limit(2)
				.map((item) -> new Source(item.sourceUrl(), product.name() + " release notes: " + item.title(),
						written))
				.toList();
			List<Source> heading = linked.stream()
				.filter((item) -> item.kind() == ActivityKind.ANNOUNCEMENT || item.kind() == ActivityKind.BUSINESS)
				.limit(1)
				.map((item) -> new Source(item.sourceUrl(), product.name() + ": " + item.title(), written))
				.toList();
			if (heading.isEmpty() && product.repositoryUrl() != null) {
				heading = List.of(new Source(product.repositoryUrl(), product.name() + " source repository", written));
			}
			Map<EditorialBlock, List<Source>> sources = new EnumMap<>(EditorialBlock.class);
			sources.put(EditorialBlock.CURRENT_STATE, state);
			sources.put(EditorialBlock.HEADING, heading);
			DemoLedgerFile.Correction correction = corrections.stream()
				.filter((c) -> c.product().equals(product.slug()))
				.findFirst()
				.orElse(null);
			EnumSet<EditorialBlock> changed = EnumSet.noneOf(EditorialBlock.class);
			if (correction != null) {
				correction.blocks().forEach((block) -> changed.add(EditorialBlock.valueOf(block)));
			}
			this.ledger.recordRevision(product.id(), trajectory.revision(),
					new LedgerRevision(trajectory.prediction(), null, sources,
							(correction != null) ? correction.note() : null, changed),
					DemoCatalogLoader.AUTHOR, trajectory.updatedAt());
		}
	}

	private void grade(ProductSummary product, long predictionId, String grade, String note, String activityTitle,
			String url, String reason, int gradedDaysAgo, Instant now) {
		Instant at = now.minus(Duration.ofDays(gradedDaysAgo));
		Long evidence = null;
		if (activityTitle != null) {
			evidence = this.activity.timeline(product.id(), 0, ACTIVITY_SCAN)
				.stream()
				.filter((item) -> item.title().startsWith(activityTitle))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Demo ledger: no activity \"" + activityTitle + "\" for " + product.slug()))
				.id();
		}
		this.ledger.grade(predictionId, new GradeDraft(Grade.valueOf(grade), note, evidence, url, reason,
				LocalDate.ofInstant(at, ZoneOffset.UTC)), DemoCatalogLoader.AUTHOR, at);
	}

	/**
	 * The prediction made by the product's first revision ("previous") or its current
	 * one.
	 */
	private long prediction(long productId, String revision) {
		List<PredictionRecord> made = new ArrayList<>(this.ledgerQueries.forProducts(List.of(productId))
			.get(productId)
			.predictions()
			.stream()
			.filter((p) -> p.revision() != null)
			.toList());
		PredictionRecord chosen = "current".equals(revision) ? made.get(0) : made.get(made.size() - 1);
		return chosen.id();
	}

	private DemoLedgerFile read() {
		try (InputStream in = new ClassPathResource("demo/ledger/predictions.json").getInputStream()) {
			return this.json.readValue(in, DemoLedgerFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The demo ledger could not be read", ex);
		}
	}

	record DemoLedgerFile(List<Graded> graded, List<Open> open, List<Earlier> earlier, List<Correction> corrections) {

		record Graded(String product, String revision, Integer dueDaysAgo, String grade, int gradedDaysAgo,
				String activity, String url, String note, Regrade regrade) {
		}

		record Regrade(String grade, int gradedDaysAgo, String activity, String note, String reason) {
		}

		record Open(String product, String revision, int dueDaysAgo) {
		}

		record Earlier(String product, int madeDaysAgo, int dueDaysAgo, String statement, String grade,
				int gradedDaysAgo, String activity, String note) {
		}

		record Correction(String product, List<String> blocks, String note) {
		}

	}

}
