package io.sparkpulse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.editorial.EditorialCommands;
import io.sparkpulse.editorial.TrajectoryDraft;
import io.sparkpulse.scoring.ScoreRecomputer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo catalog into an empty database, in one transaction: either all of it
 * lands or none.
 */
@Component
public class DemoCatalogLoader {

	static final String AUTHOR = "Sparkpulse editors";

	/**
	 * A bulk load, not a request: it may take longer than the site's default transaction
	 * timeout.
	 */
	static final int BULK_TIMEOUT_SECONDS = 600;

	private static final long LOAD_LOCK = 0x5350_4152_4b44_454dL;

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

	private final CatalogCommands catalog;

	private final EditorialCommands editorial;

	private final ActivityCommands activity;

	private final ScoreRecomputer scores;

	private final JsonMapper json;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final DemoLedgerLoader ledger;

	private final DemoFactsLoader facts;

	DemoCatalogLoader(CatalogCommands catalog, EditorialCommands editorial, ActivityCommands activity,
			ScoreRecomputer scores, JsonMapper json, Clock clock, JdbcClient jdbc, DemoLedgerLoader ledger,
			DemoFactsLoader facts) {
		this.ledger = ledger;
		this.facts = facts;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.editorial = editorial;
		this.activity = activity;
		this.scores = scores;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Loads the catalog if the database holds no sector or product yet; returns whether
	 * it did.
	 */
	@Transactional(timeout = BULK_TIMEOUT_SECONDS)
	public boolean loadIfEmpty() {
		// Several instances may start at once on one database: only one of them loads.
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query().singleRow();
		if (!this.catalog.isEmpty()) {
			log.info("Demo catalog not loaded: the database already holds a catalog");
			return false;
		}
		List<DemoCatalogFile> files = readFiles();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int products = 0;
		Map<String, Long> ids = new HashMap<>();
		for (DemoCatalogFile file : files) {
			long sectorId = this.catalog
				.createSector(new NewSector(file.sector().slug(), file.sector().name(), file.sector().description()));
			for (DemoCatalogFile.DemoProduct product : file.products()) {
				ids.put(product.slug(), load(product, sectorId, now, today));
				products++;
			}
		}
		this.ledger.load(now);
		this.facts.load(ids, now, today);
		this.scores.recomputeAll();
		log.info("Loaded the demo catalog: {} sectors, {} products", files.size(), products);
		return true;
	}

	private long load(DemoCatalogFile.DemoProduct product, long sectorId, Instant now, LocalDate today) {
		long productId = this.catalog.createProduct(new NewProduct(product.slug(), product.name(), sectorId,
				product.headline(), product.summary(), product.website(), product.repository(), product.themes()));
		DemoCatalogFile.DemoEditorial current = product.editorial();
		if (current.previous() != null) {
			revise(productId, current.previous(), now);
		}
		revise(productId, current, now);
		List<NewActivity> moves = new ArrayList<>();
		for (DemoCatalogFile.DemoActivity item : product.activity()) {
			moves.add(new NewActivity(today.minusDays(item.daysAgo()), ActivityKind.valueOf(item.kind()), item.title(),
					item.summary(), item.url(), item.spark()));
		}
		moves.sort(Comparator.comparing(NewActivity::occurredOn));
		this.activity.recordAll(productId, moves);
		return productId;
	}

	private void revise(long productId, DemoCatalogFile.DemoEditorial text, Instant now) {
		this.editorial.revise(productId,
				new TrajectoryDraft(text.headline(), text.currentState(), text.heading(), text.prediction()), AUTHOR,
				now.minus(Duration.ofDays(text.updatedDaysAgo())));
	}

	private List<DemoCatalogFile> readFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath:demo/sectors/*.json");
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<DemoCatalogFile> files = new ArrayList<>(resources.length);
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.add(this.json.readValue(in, DemoCatalogFile.class));
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Demo catalog files could not be read", ex);
		}
	}

}
