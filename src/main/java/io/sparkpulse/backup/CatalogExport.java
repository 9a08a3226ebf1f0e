package io.sparkpulse.backup;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the whole catalog as one versioned JSON document, row by row, so a catalog of
 * any size streams from PostgreSQL to the output without being held in memory. Everything
 * is read in one repeatable-read transaction: the document is a consistent snapshot even
 * while editors and feed ingestion keep writing.
 */
@Service
public class CatalogExport {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final JsonMapper json;

	private final Clock clock;

	CatalogExport(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json, Clock clock,
			BackupProperties properties) {
		this.jdbc = new JdbcTemplate(dataSource);
		// Without a fetch size the PostgreSQL driver reads a whole result set into
		// memory.
		this.jdbc.setFetchSize(properties.fetchSize());
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setTimeout(properties.timeoutSeconds());
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Writes the catalog to this stream (which stays open) and returns how many rows it
	 * wrote.
	 */
	public long exportTo(OutputStream out) {
		Long rows = this.snapshot.execute((status) -> {
			try (JsonGenerator generator = this.json.writerWithDefaultPrettyPrinter().createGenerator(out)) {
				generator.writeStartObject();
				generator.writeStringProperty("format", CatalogTables.FORMAT);
				generator.writeNumberProperty("version", CatalogTables.VERSION);
				generator.writeStringProperty("exportedAt", this.clock.instant().toString());
				long written = 0;
				for (CatalogTables.Table table : CatalogTables.ALL) {
					written += writeTable(generator, table);
				}
				generator.writeEndObject();
				return written;
			}
		});
		return rows;
	}

	private long writeTable(JsonGenerator generator, CatalogTables.Table table) {
		generator.writeName(table.section());
		generator.writeStartArray();
		long[] count = { 0 };
		this.jdbc.query(table.selectAll(), (ResultSet rs) -> {
			generator.writeStartObject();
			for (CatalogTables.Column column : table.columns()) {
				generator.writeName(column.field());
				writeValue(generator, rs, column);
			}
			generator.writeEndObject();
			count[0]++;
		});
		generator.writeEndArray();
		return count[0];
	}

	private static void writeValue(JsonGenerator generator, ResultSet rs, CatalogTables.Column column)
			throws SQLException {
		String name = column.name();
		switch (column.type()) {
			case LONG -> {
				long value = rs.getLong(name);
				if (rs.wasNull()) {
					generator.writeNull();
				}
				else {
					generator.writeNumber(value);
				}
			}
			case INT -> generator.writeNumber(rs.getInt(name));
			case BOOLEAN -> generator.writeBoolean(rs.getBoolean(name));
			case TEXT, WEB_URL -> generator.writeString(rs.getString(name));
			case INSTANT -> {
				OffsetDateTime value = rs.getObject(name, OffsetDateTime.class);
				generator.writeString((value != null) ? value.toInstant().toString() : null);
			}
			case DATE -> {
				LocalDate value = rs.getObject(name, LocalDate.class);
				generator.writeString((value != null) ? value.toString() : null);
			}
		}
	}

}
