package io.sparkpulse.backup;

import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.scoring.CadenceRecomputer;
import io.sparkpulse.scoring.ScoreRecomputer;
import io.sparkpulse.web.WebAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recreates a catalog written by {@link CatalogExport} in an empty database, in one
 * transaction: either all of it lands or nothing does. Rows keep their ids (pages that
 * order by id render the same), the identity sequences continue after them, and the
 * derived tables (scores, cadence, search documents) are recomputed from what was
 * imported. The document is read as a stream, a batch of rows at a time.
 */
@Service
public class CatalogImport {

	private static final Logger log = LoggerFactory.getLogger(CatalogImport.class);

	private static final int BATCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final PasswordEncoder passwords;

	private final ScoreRecomputer scores;

	private final CadenceRecomputer cadence;

	private final DataVersion dataVersion;

	CatalogImport(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json, Clock clock,
			PasswordEncoder passwords, ScoreRecomputer scores, CadenceRecomputer cadence, DataVersion dataVersion,
			BackupProperties properties) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setTimeout(properties.timeoutSeconds());
		this.json = json;
		this.clock = clock;
		this.passwords = passwords;
		this.scores = scores;
		this.cadence = cadence;
		this.dataVersion = dataVersion;
	}

	/**
	 * Imports the document into this (empty) database; returns the rows imported per
	 * section.
	 * @throws BackupException when the database is not empty or the document is not a
	 * catalog this version can read; nothing is written then
	 */
	public Map<String, Long> importFrom(InputStream in) {
		return this.transaction.execute((status) -> {
			Map<String, Long> counts;
			try (JsonParser parser = this.json.createParser(in)) {
				counts = read(parser);
			}
			catch (JacksonException ex) {
				throw new BackupException("The catalog document is not valid JSON: " + ex.getOriginalMessage(), ex);
			}
			restartIdentities();
			this.scores.recomputeAll();
			this.cadence.recomputeAll();
			this.dataVersion.bump(DependencyKeys.SITE);
			log.info("Imported the catalog: {}", counts);
			return counts;
		});
	}

	private void refuseUnlessEmpty() {
		for (CatalogTables.Table table : CatalogTables.ALL) {
			Boolean rows = this.jdbc.queryForObject("select exists (select 1 from " + table.name() + ")",
					Boolean.class);
			if (Boolean.TRUE.equals(rows)) {
				throw new BackupException("The database is not empty (table " + table.name()
						+ " has rows): a catalog is only imported into an empty database. Create a new database"
						+ " and start the import with --sparkpulse.demo.load-when-empty=false.");
			}
		}
	}

	private Map<String, Long> read(JsonParser parser) {
		expect(parser.nextToken() == JsonToken.START_OBJECT, "a JSON object");
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<Long, Instant> contentChanged = new LinkedHashMap<>();
		String format = null;
		Integer version = null;
		int lastSection = -1;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "format" -> format = parser.getValueAsString();
				case "version" -> version = (value == JsonToken.VALUE_NUMBER_INT) ? parser.getIntValue() : null;
				case "exportedAt" -> parser.skipChildren();
				default -> {
					checkHeader(format, version);
					if (lastSection < 0) {
						refuseUnlessEmpty();
					}
					CatalogTables.Table table = CatalogTables.named(name);
					int index = CatalogTables.ALL.indexOf(table);
					expect(index > lastSection, "sections in the order " + sectionNames());
					expect(value == JsonToken.START_ARRAY, "an array of rows in \"" + name + "\"");
					lastSection = index;
					counts.put(name, insertRows(parser, table, contentChanged));
				}
			}
		}
		checkHeader(format, version);
		if (lastSection < 0) {
			refuseUnlessEmpty();
		}
		// Inserting revisions and activity moved the products' "content changed" time to
		// now; put it back.
		this.jdbc.batchUpdate("update product set content_changed_at = ? where id = ?",
				contentChanged.entrySet()
					.stream()
					.map((entry) -> new Object[] { timestamp(entry.getValue()), entry.getKey() })
					.toList());
		return counts;
	}

	private long insertRows(JsonParser parser, CatalogTables.Table table, Map<Long, Instant> contentChanged) {
		String sql = table.insert();
		List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
		long count = 0;
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			Object[] row = readRow(parser, table);
			if (table.name().equals("product")) {
				contentChanged.put((Long) row[indexOf(table.columns(), "id")],
						((Timestamp) row[indexOf(table.columns(), "contentChangedAt")]).toInstant());
			}
			batch.add(row);
			count++;
			if (batch.size() == BATCH_SIZE) {
				insert(sql, table, batch);
				batch.clear();
			}
		}
		insert(sql, table, batch);
		return count;
	}

	private Object[] readRow(JsonParser parser, CatalogTables.Table table) {
		List<CatalogTables.Column> columns = table.columns();
		Object[] row = new Object[columns.size() + table.setOnImport().size()];
		boolean[] seen = new boolean[columns.size()];
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			JsonToken token = parser.nextToken();
			int index = indexOf(columns, field);
			if (index < 0) {
				throw new BackupException("Unknown field \"" + field + "\" in a row of \"" + table.section() + "\"");
			}
			row[index] = value(parser, token, columns.get(index), table);
			seen[index] = true;
		}
		for (int i = 0; i < seen.length; i++) {
			if (!seen[i] && columns.get(i).optional()) {
				row[i] = columns.get(i).absent();
				continue;
			}
			expect(seen[i], "field \"" + columns.get(i).field() + "\" in every row of \"" + table.section() + "\"");
		}
		for (int i = 0; i < table.setOnImport().size(); i++) {
			row[columns.size() + i] = setOnImport(table.setOnImport().get(i));
		}
		return row;
	}

	private Object setOnImport(String column) {
		if (CatalogTables.NEXT_FETCH_AT.equals(column)) {
			return timestamp(this.clock.instant());
		}
		if (CatalogTables.PASSWORD_HASH.equals(column)) {
			return unusablePasswordHash();
		}
		throw new IllegalStateException("No import value for column " + column);
	}

	/**
	 * The hash of a random secret nobody ever sees: the account exists, but nobody can
	 * sign in with it until an admin resets its password.
	 */
	private String unusablePasswordHash() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return this.passwords.encode(HexFormat.of().formatHex(secret));
	}

	private static Object value(JsonParser parser, JsonToken token, CatalogTables.Column column,
			CatalogTables.Table table) {
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		String where = "\"" + column.field() + "\" of \"" + table.section() + "\"";
		try {
			switch (column.type()) {
				case LONG:
					expect(token == JsonToken.VALUE_NUMBER_INT, "an integer in " + where);
					return parser.getLongValue();
				case INT:
					expect(token == JsonToken.VALUE_NUMBER_INT, "an integer in " + where);
					return parser.getIntValue();
				case BOOLEAN:
					expect(token.isBoolean(), "true or false in " + where);
					return parser.getBooleanValue();
				case TEXT:
					expect(token == JsonToken.VALUE_STRING, "a string in " + where);
					return parser.getString();
				case WEB_URL:
					expect(token == JsonToken.VALUE_STRING, "a string in " + where);
					String url = parser.getString();
					if (!WebAddresses.isWebUrl(url)) {
						throw new BackupException("Not a full http(s) address in " + where + " (the admin forms refuse"
								+ " it too): " + abbreviate(url));
					}
					return url;
				case INSTANT:
					expect(token == JsonToken.VALUE_STRING, "an ISO-8601 instant in " + where);
					return timestamp(Instant.parse(parser.getString()));
				case DATE:
					expect(token == JsonToken.VALUE_STRING, "an ISO-8601 date in " + where);
					return LocalDate.parse(parser.getString());
				default:
					throw new IllegalStateException("Unhandled column type " + column.type());
			}
		}
		catch (DateTimeParseException ex) {
			throw new BackupException("Not a date or time in " + where + ": " + ex.getParsedString(), ex);
		}
	}

	private void insert(String sql, CatalogTables.Table table, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		try {
			this.jdbc.batchUpdate(sql, rows);
		}
		catch (DataAccessException ex) {
			throw new BackupException("Rows of \"" + table.section() + "\" were refused by the database: "
					+ ex.getMostSpecificCause().getMessage(), ex);
		}
	}

	/**
	 * Rows were inserted with their own ids; the identities continue after the largest of
	 * them.
	 */
	private void restartIdentities() {
		for (CatalogTables.Table table : CatalogTables.ALL) {
			if (table.identity()) {
				this.jdbc.queryForObject(
						"select setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) from "
								+ table.name(),
						Long.class, table.name());
			}
		}
	}

	private static void checkHeader(String format, Integer version) {
		if (!CatalogTables.FORMAT.equals(format)) {
			throw new BackupException(
					"Not a Sparkpulse catalog: \"format\" must come first and be \"" + CatalogTables.FORMAT + "\"");
		}
		if (version == null || version != CatalogTables.VERSION) {
			throw new BackupException("Catalog document version " + version
					+ " cannot be read: this Sparkpulse reads version " + CatalogTables.VERSION);
		}
	}

	private static int indexOf(List<CatalogTables.Column> columns, String field) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).field().equals(field)) {
				return i;
			}
		}
		return -1;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 100) ? text : text.substring(0, 100) + "…";
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

	private static String sectionNames() {
		return CatalogTables.ALL.stream().map(CatalogTables.Table::section).toList().toString();
	}

	private static void expect(boolean condition, String what) {
		if (!condition) {
			throw new BackupException("Not a valid catalog document: expected " + what);
		}
	}

}
