package io.sparkpulse.backup;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a catalog document holds, table by table, in the order an import must insert them
 * (every table after the ones it references). Derived tables (scores, cadence, search
 * documents, the data version) are recomputed on import instead; sessions, sign-in
 * attempts and the audit log are operational records, not catalog, and are left out. Feed
 * sources keep what they are, not how fetching them last went: an imported source is
 * simply due for its next fetch.
 */
final class CatalogTables {

	static final String FORMAT = "sparkpulse-catalog";

	static final int VERSION = 1;

	/** Set to the time of the import: an imported feed source is due at once. */
	static final String NEXT_FETCH_AT = "next_fetch_at";

	/** Set to a hash no password matches. */
	static final String PASSWORD_HASH = "password_hash";

	static final List<Table> ALL = List.of(
			new Table("sectors", "sector", "id", true,
					List.of(col("id", Type.LONG), col("slug", Type.TEXT), col("name", Type.TEXT),
							col("description", Type.TEXT), col("version", Type.LONG), col("created_at", Type.INSTANT)),
					List.of()),
			new Table("themes", "theme", "id", true,
					List.of(col("id", Type.LONG), col("slug", Type.TEXT), col("name", Type.TEXT),
							col("version", Type.LONG)),
					List.of()),
			new Table("products", "product", "id", true,
					List.of(col("id", Type.LONG), col("slug", Type.TEXT), col("name", Type.TEXT),
							col("sector_id", Type.LONG), col("headline", Type.TEXT), col("summary", Type.TEXT),
							col("website_url", Type.WEB_URL), col("repository_url", Type.WEB_URL),
							col("retired_at", Type.INSTANT), added("draft", Type.BOOLEAN, false),
							col("version", Type.LONG), col("created_at", Type.INSTANT), col("updated_at", Type.INSTANT),
							col("content_changed_at", Type.INSTANT)),
					List.of()),
			new Table("productThemes", "product_theme", "product_id, rank", false,
					List.of(col("product_id", Type.LONG), col("theme_id", Type.LONG), col("rank", Type.INT)),
					List.of()),
			new Table("trajectoryRevisions", "trajectory_revision", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("revision", Type.INT),
							col("headline", Type.TEXT), col("current_state", Type.TEXT), col("heading", Type.TEXT),
							col("prediction", Type.TEXT), col("author", Type.TEXT), col("created_at", Type.INSTANT)),
					List.of()),
			new Table("productFacts", "product_facts", "product_id", false, List.of(col("product_id", Type.LONG),
					col("category", Type.TEXT), col("licence", Type.TEXT), col("licence_source", Type.TEXT),
					col("licence_checked_on", Type.DATE), col("hosting", Type.TEXT), col("hosting_source", Type.TEXT),
					col("hosting_checked_on", Type.DATE), col("platforms", Type.TEXT),
					col("platforms_source", Type.TEXT), col("platforms_checked_on", Type.DATE),
					col("language", Type.TEXT), col("language_source", Type.TEXT),
					col("language_checked_on", Type.DATE), col("pricing", Type.TEXT), col("pricing_source", Type.TEXT),
					col("pricing_checked_on", Type.DATE), col("first_release", Type.LONG),
					col("first_release_source", Type.TEXT), col("first_release_checked_on", Type.DATE),
					col("adoption_count", Type.LONG), col("adoption_measure", Type.TEXT),
					col("adoption_source", Type.TEXT), col("adoption_checked_on", Type.DATE), col("version", Type.LONG),
					col("updated_at", Type.INSTANT)), List.of()),
			new Table("verdictRevisions", "verdict_revision", "id", true,
					List.of(col("id", Type.LONG), col("first_id", Type.LONG), col("second_id", Type.LONG),
							col("revision", Type.INT), col("body", Type.TEXT), col("author", Type.TEXT),
							col("created_at", Type.INSTANT)),
					List.of()),
			new Table("feedSources", "feed_source", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("url", Type.TEXT),
							col("kind", Type.TEXT), col("removed_at", Type.INSTANT), col("version", Type.LONG),
							col("created_at", Type.INSTANT), col("updated_at", Type.INSTANT)),
					List.of(NEXT_FETCH_AT)),
			new Table("activityItems", "activity_item", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("occurred_on", Type.DATE),
							col("kind", Type.TEXT), col("title", Type.TEXT), col("summary", Type.TEXT),
							col("source_url", Type.WEB_URL), col("spark", Type.BOOLEAN), col("hidden", Type.BOOLEAN),
							col("review_state", Type.TEXT), col("feed_source_id", Type.LONG),
							col("entry_id", Type.TEXT), added("removed_at", Type.INSTANT, null),
							added("spark_before_removal", Type.BOOLEAN, false),
							added("hidden_before_removal", Type.BOOLEAN, false), col("version", Type.LONG),
							col("created_at", Type.INSTANT)),
					List.of()),
			// The editorial ledger after the revisions and items it points to; a
			// prediction older than the recorded revisions has no revision, so the
			// column is read as a nullable number.
			new Table("predictions", "prediction", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("revision", Type.LONG),
							col("statement", Type.TEXT), col("made_at", Type.INSTANT), col("due_on", Type.DATE),
							col("created_at", Type.INSTANT)),
					List.of()),
			new Table("predictionGrades", "prediction_grade", "id", true,
					List.of(col("id", Type.LONG), col("prediction_id", Type.LONG), col("sequence", Type.INT),
							col("grade", Type.TEXT), col("note", Type.TEXT), col("evidence_activity_id", Type.LONG),
							col("evidence_title", Type.TEXT), col("evidence_on", Type.DATE),
							col("evidence_url", Type.TEXT), col("graded_on", Type.DATE), col("reason", Type.TEXT),
							col("author", Type.TEXT), col("created_at", Type.INSTANT)),
					List.of()),
			new Table("editorialSources", "editorial_source", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("revision", Type.INT),
							col("block", Type.TEXT), col("position", Type.INT), col("url", Type.TEXT),
							col("title", Type.TEXT), col("retrieved_on", Type.DATE)),
					List.of()),
			new Table("trajectoryCorrections", "trajectory_correction", "id", true,
					List.of(col("id", Type.LONG), col("product_id", Type.LONG), col("revision", Type.INT),
							col("note", Type.TEXT), col("blocks", Type.TEXT), col("corrected_at", Type.INSTANT),
							col("author", Type.TEXT)),
					List.of()),
			// Never the password hash: imported accounts get an unusable one until an
			// admin resets it.
			new Table("editorAccounts", "editor_account", "id", true,
					List.of(col("id", Type.LONG), col("email", Type.TEXT), col("display_name", Type.TEXT),
							col("role", Type.TEXT), col("enabled", Type.BOOLEAN), col("version", Type.LONG),
							col("created_at", Type.INSTANT), col("updated_at", Type.INSTANT)),
					List.of(PASSWORD_HASH)));

	private CatalogTables() {
	}

	static Table named(String section) {
		return ALL.stream()
			.filter((table) -> table.section().equals(section))
			.findFirst()
			.orElseThrow(() -> new BackupException("Unknown section \"" + section + "\" in the catalog document"));
	}

	private static Column col(String name, Type type) {
		return new Column(name, type, false, null);
	}

	/**
	 * A column added after documents of this version were first written: a document
	 * without it still imports, with {@code absent} as the value (what the column meant
	 * before it existed).
	 */
	private static Column added(String name, Type type, Object absent) {
		return new Column(name, type, true, absent);
	}

	enum Type {

		LONG, INT, TEXT, BOOLEAN, INSTANT, DATE,

		/** Text that pages link to: held to the same rule as the admin forms. */
		WEB_URL

	}

	/**
	 * A column, named in the document by its camel-case name.
	 *
	 * @param optional whether a row may leave it out (then it is {@code absent})
	 */
	record Column(String name, Type type, boolean optional, Object absent) {

		String field() {
			StringBuilder field = new StringBuilder();
			boolean upper = false;
			for (char c : this.name.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					field.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return field.toString();
		}

	}

	/**
	 * A table: its section in the document, its stable order, and whether its id is an
	 * identity column.
	 */
	record Table(String section, String name, String orderBy, boolean identity, List<Column> columns,
			List<String> setOnImport) {

		String columnList() {
			return this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
		}

		String selectAll() {
			return "select " + columnList() + " from " + this.name + " order by " + this.orderBy;
		}

		String insert() {
			int count = this.columns.size() + this.setOnImport.size();
			return "insert into " + this.name + " (" + columnList()
					+ this.setOnImport.stream().map((column) -> ", " + column).collect(Collectors.joining()) + ")"
					+ (this.identity ? " overriding system value" : "") + " values ("
					+ String.join(", ", Collections.nCopies(count, "?")) + ")";
		}

	}

}
