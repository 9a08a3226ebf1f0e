package io.sparkpulse.ingest;

import java.util.List;

import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.ingest.fetch.HostResolver;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products that ingestion tests feed, in a sector of their own, and their complete
 * removal: pollers commit, so nothing a test ingests may outlive it (other tests count
 * products and rank scores).
 */
@TestConfiguration(proxyBeanMethods = false)
class IngestTestData {

	static final String PREFIX = "ingest-test-";

	private final CatalogCommands catalog;

	private final JdbcClient jdbc;

	IngestTestData(CatalogCommands catalog, JdbcClient jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/**
	 * A new product {@code ingest-test-<name>}; returns its id.
	 */
	long product(String name) {
		long sector = this.jdbc.sql("select id from sector where slug = :slug")
			.param("slug", PREFIX + "sector")
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.catalog.createSector(new NewSector(PREFIX + "sector", "Ingest tests", "")));
		return this.catalog.createProduct(new NewProduct(PREFIX + name, "Test " + name, sector,
				"A product whose activity comes from feeds", "", null, null, List.of()));
	}

	/**
	 * Removes every test product with its sources, items, score and sector.
	 */
	void cleanUp() {
		String products = "(select id from product where slug like '" + PREFIX + "%')";
		this.jdbc.sql("delete from activity_item where product_id in " + products).update();
		this.jdbc.sql("delete from feed_source where product_id in " + products).update();
		this.jdbc.sql("delete from product_score where product_id in " + products).update();
		this.jdbc.sql("delete from product_cadence where product_id in " + products).update();
		this.jdbc.sql("delete from product_theme where product_id in " + products).update();
		this.jdbc.sql("delete from product where slug like '" + PREFIX + "%'").update();
		this.jdbc.sql("delete from sector where slug like '" + PREFIX + "%'").update();
	}

	/**
	 * The test network in place of the real one.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Network {

		@Bean
		@Primary
		HostResolver testHostResolver() {
			return TestNetwork.resolver();
		}

		@Bean
		@Primary
		TestNetwork.LoopbackOnlySockets testSockets() {
			return new TestNetwork.LoopbackOnlySockets();
		}

	}

}
