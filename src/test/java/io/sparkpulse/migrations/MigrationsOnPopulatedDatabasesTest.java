package io.sparkpulse.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sparkpulse.support.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration runs on a database that holds data: a fresh database is migrated to the
 * version before it, filled with the fixtures of every version up to there
 * ({@code db/fixtures/V{n}__*.sql}, rows that are valid from version n on), then migrated
 * on. Whatever the rows were before, every one of them is still there afterwards with the
 * same values in the columns it had; only a migration listed in {@code ADDS_ROWS} may add
 * rows, and what it derives is checked.
 */
class MigrationsOnPopulatedDatabasesTest {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	/** Values a particular migration derives from the rows before it. */
	private static final Map<Integer, String> DERIVED = Map.of(5,
			"select exists (select 1 from product_search s join product p on p.id = s.product_id"
					+ " where p.slug = 'fixture-alpha' and s.document @@ search_query('alpha') and s.editorial like 'Second take.%')",
			10, "select content_changed_at = timestamptz '2026-03-01 10:00Z' from product where slug = 'fixture-alpha'",
			23, "select bool_and(version = 0) from (select version from sector union all select version from theme) v",
			31, "select bool_and(not hidden and review_state is null and feed_source_id is null) from activity_item",
			33,
			"select (select count(*) from product_score) = 2 and exists (select 1 from product_score s"
					+ " join product p on p.id = s.product_id where p.slug = 'fixture-beta' and s.score = 0 and s.formula_version = 0)",
			90,
			"select (select count(*) from prediction) = 1 and exists (select 1 from prediction pr join product p"
					+ " on p.id = pr.product_id where p.slug = 'fixture-alpha' and pr.revision = 1"
					+ " and pr.due_on = date '2026-04-05')");

	/** Migrations that add derived rows to tables that already held some. */
	private static final Map<Integer, List<String>> ADDS_ROWS = Map.of(33, List.of("product_score"));

	static Stream<Integer> migrations() {
		List<Integer> versions = versionsIn("classpath:db/migration/V*__*.sql");
		return versions.stream().skip(1);
	}

	@ParameterizedTest(name = "V{0}")
	@MethodSource("migrations")
	void migrationKeepsEveryRowOfThePreviousVersion(int version) throws SQLException, IOException {
		List<Integer> versions = versionsIn("classpath:db/migration/V*__*.sql");
		int previous = versions.get(versions.indexOf(version) - 1);
		try (ScratchDatabase database = ScratchDatabase.create("migration_v" + version)) {
			flyway(database, previous).migrate();
			try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
					database.password())) {
				connection.createStatement().execute("set search_path to sparkpulse");
				populate(connection, previous);
				Map<String, List<String>> columnsBefore = columns(connection);
				Map<String, List<String>> before = contents(connection, columnsBefore);

				MigrateResult result = flyway(database, version).migrate();

				assertThat(result.success).isTrue();
				assertThat(result.targetSchemaVersion).isEqualTo(Integer.toString(version));
				Map<String, List<String>> after = contents(connection, columnsBefore);
				List<String> growing = ADDS_ROWS.getOrDefault(version, List.of());
				before.forEach((table, rows) -> {
					if (growing.contains(table)) {
						assertThat(after.get(table)).as(table).containsAll(rows);
					}
					else {
						assertThat(after.get(table)).as(table).isEqualTo(rows);
					}
				});
				assertThat(before.get("product")).as("fixtures loaded").hasSize(2);
				if (DERIVED.containsKey(version)) {
					assertThat(queryBoolean(connection, DERIVED.get(version))).as(DERIVED.get(version)).isTrue();
				}
			}
		}
	}

	private static Flyway flyway(ScratchDatabase database, int target) {
		return Flyway.configure()
			.dataSource(database.url(), database.username(), database.password())
			.schemas("sparkpulse")
			.target(Integer.toString(target))
			.load();
	}

	private static void populate(Connection connection, int upTo) throws IOException, SQLException {
		for (Resource fixture : fixtures()) {
			if (version(fixture) <= upTo) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(fixture.getContentAsString(StandardCharsets.UTF_8));
				}
			}
		}
	}

	/** Each table's columns, in order. */
	private static Map<String, List<String>> columns(Connection connection) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'sparkpulse' and t.table_type = 'BASE TABLE'
				  and c.table_name <> 'flyway_schema_history'
				order by c.table_name, c.ordinal_position""")) {
			while (rs.next()) {
				columns.computeIfAbsent(rs.getString(1), (table) -> new ArrayList<>()).add(rs.getString(2));
			}
		}
		return columns;
	}

	/** Per table: every row's values in these columns, as text, sorted. */
	private static Map<String, List<String>> contents(Connection connection, Map<String, List<String>> columns)
			throws SQLException {
		Map<String, List<String>> contents = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> table : columns.entrySet()) {
			String row = "row(" + String.join(", ", table.getValue()) + ")::text";
			List<String> rows = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement
						.executeQuery("select " + row + " from " + table.getKey() + " order by 1")) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
			contents.put(table.getKey(), rows);
		}
		return contents;
	}

	private static boolean queryBoolean(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private static List<Resource> fixtures() throws IOException {
		List<Resource> fixtures = new ArrayList<>(
				List.of(new PathMatchingResourcePatternResolver().getResources("classpath:db/fixtures/V*__*.sql")));
		fixtures.sort(Comparator.comparingInt(MigrationsOnPopulatedDatabasesTest::version));
		return fixtures;
	}

	private static List<Integer> versionsIn(String pattern) {
		try {
			return Stream.of(new PathMatchingResourcePatternResolver().getResources(pattern))
				.map(MigrationsOnPopulatedDatabasesTest::version)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Migrations could not be listed", ex);
		}
	}

	private static int version(Resource resource) {
		Matcher matcher = VERSION.matcher(resource.getFilename());
		if (!matcher.matches()) {
			throw new IllegalStateException("Not a versioned migration or fixture: " + resource.getFilename());
		}
		return Integer.parseInt(matcher.group(1));
	}

}
