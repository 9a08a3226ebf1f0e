package io.sparkpulse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table has one owner, and only the owner's SQL names it: other features read it
 * through the owner's query API or a view the owner defines.
 */
class TableOwnersTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path MAIN_JAVA = Path.of("src/main/java/io/sparkpulse");

	private static final Path MAIN_RESOURCES = Path.of("src/main/resources");

	private static final Pattern CREATED = Pattern.compile(
			"(?i)\\bcreate\\s+(table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/** A table named where SQL reads or writes it. */
	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(?:from|join|update|into|using|table|truncate|lock)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private final Owners owners = Owners.read();

	@Test
	void everyTableAndViewTheMigrationsCreateHasAnOwner() throws IOException {
		Map<String, String> created = new LinkedHashMap<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			Matcher m = CREATED.matcher(Files.readString(migration));
			while (m.find()) {
				created.put(m.group(2).toLowerCase(), m.group(1).toLowerCase().startsWith("table") ? "table" : "view");
			}
		}
		Set<String> tables = new TreeSet<>();
		Set<String> views = new TreeSet<>();
		created.forEach((name, kind) -> (kind.equals("table") ? tables : views).add(name));
		assertThat(this.owners.tables.keySet()).containsExactlyInAnyOrderElementsOf(tables);
		assertThat(this.owners.views.keySet()).containsExactlyInAnyOrderElementsOf(views);
	}

	@Test
	void onlyATablesOwnerNamesItInSql() throws IOException {
		List<String> trespasses = new ArrayList<>();
		for (Path source : sqlSources()) {
			String feature = featureOf(source);
			if (this.owners.granted.contains(feature)) {
				continue;
			}
			for (String sql : sqlIn(source)) {
				Matcher m = NAMED.matcher(sql);
				while (m.find()) {
					String owner = this.owners.tables.get(m.group(1).toLowerCase());
					if (owner != null && !owns(owner, feature)) {
						trespasses.add(source + " names " + m.group(1) + ", which " + owner + " owns");
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	@Test
	void theArchitectureDocumentListsEveryOwner() throws IOException {
		String document = Files.readString(Path.of("docs/architecture.md"));
		Stream.of(this.owners.tables, this.owners.views)
			.flatMap((map) -> map.entrySet().stream())
			.forEach((entry) -> assertThat(document)
				.containsPattern("\\|\\s*`" + entry.getKey() + "`\\s*\\|\\s*`" + entry.getValue() + "`\\s*\\|"));
		this.owners.granted.forEach((feature) -> assertThat(document).contains("`" + feature + "` may name"));
	}

	@Test
	void theCheckFindsATableNamedOutsideItsOwner() {
		Matcher m = NAMED.matcher("select p.id from product p join sector s on s.id = p.sector_id");
		List<String> named = new ArrayList<>();
		while (m.find()) {
			named.add(m.group(1));
		}
		assertThat(named).containsExactly("product", "sector");
		assertThat(owns("catalog", "search")).isFalse();
		assertThat(owns("admin.users", "admin.users")).isTrue();
		assertThat(owns("admin", "administration")).isFalse();
	}

	private static boolean owns(String owner, String feature) {
		return feature.equals(owner) || feature.startsWith(owner + ".");
	}

	private static List<Path> sqlSources() throws IOException {
		List<Path> sources = new ArrayList<>(files(MAIN_JAVA, ".java"));
		files(MAIN_RESOURCES, ".sql").stream().filter((path) -> !path.startsWith(MIGRATIONS)).forEach(sources::add);
		return sources;
	}

	/** The string literals of a Java file, or a whole SQL file. */
	private static List<String> sqlIn(Path source) throws IOException {
		String text = Files.readString(source, StandardCharsets.UTF_8);
		if (source.toString().endsWith(".sql")) {
			return List.of(text);
		}
		List<String> literals = new ArrayList<>();
		Matcher blocks = TEXT_BLOCK.matcher(text);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(text).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		return literals;
	}

	/** The feature a main source belongs to: its package under io.sparkpulse. */
	private static String featureOf(Path source) {
		if (!source.startsWith(MAIN_JAVA)) {
			return "resources";
		}
		return MAIN_JAVA.relativize(source.getParent()).toString().replace('/', '.').replace('\\', '.');
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	/**
	 * The owner list of {@code architecture/table-owners.txt}.
	 */
	private record Owners(Map<String, String> tables, Map<String, String> views, Set<String> granted) {

		static Owners read() {
			Owners owners = new Owners(new LinkedHashMap<>(), new LinkedHashMap<>(), new TreeSet<>());
			try (var in = TableOwnersTest.class.getResourceAsStream("/architecture/table-owners.txt")) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String entry = line.strip();
					if (entry.isEmpty() || entry.startsWith("#")) {
						continue;
					}
					if (entry.startsWith("grant ")) {
						String feature = entry.substring("grant ".length(), entry.indexOf(':')).strip();
						assertThat(entry.substring(entry.indexOf(':') + 1).strip())
							.as("reason of the grant to %s", feature)
							.isNotEmpty();
						owners.granted.add(feature);
					}
					else if (entry.startsWith("view ")) {
						String[] parts = entry.substring("view ".length()).strip().split("\\s+");
						owners.views.put(parts[0], parts[1]);
					}
					else {
						String[] parts = entry.split("\\s+");
						owners.tables.put(parts[0], parts[1]);
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return owners;
		}

	}

}
