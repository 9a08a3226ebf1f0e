package io.sparkpulse.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's application at an empty schema of its own in the test database, with no
 * demo catalog: for tests that fill a catalog of their own (a generated one) beside the
 * shared one.
 */
public final class SchemaOfItsOwn {

	private SchemaOfItsOwn() {
	}

	public static void register(DynamicPropertyRegistry registry, String schema) {
		registry.add("spring.datasource.hikari.schema", () -> schema);
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
		// pg_trgm is installed once per database, in the schema of the first site
		// migrated into it: that schema stays on the path so this one finds the trigram
		// operator class.
		registry.add("spring.flyway.init-sqls[0]", () -> "set search_path to " + schema + ", sparkpulse, public");
		registry.add("spring.datasource.hikari.connection-init-sql",
				() -> "set search_path to " + schema + ", sparkpulse, public");
		registry.add("sparkpulse.demo.load-when-empty", () -> "false");
	}

}
