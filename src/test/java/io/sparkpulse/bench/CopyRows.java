package io.sparkpulse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text
 * format), on the caller's connection and so inside its transaction. Rows travel as one
 * stream instead of one statement each, which is what makes millions of rows load in
 * minutes.
 */
final class CopyRows implements AutoCloseable {

	private static final int BUFFER = 1 << 16;

	private final Writer out;

	private boolean firstField = true;

	private long rows;

	private CopyRows(Writer out) {
		this.out = out;
	}

	static CopyRows into(Connection connection, String tableAndColumns) {
		try {
			PGConnection postgres = connection.unwrap(PGConnection.class);
			return new CopyRows(new BufferedWriter(new OutputStreamWriter(
					new PGCopyOutputStream(postgres, "copy " + tableAndColumns + " from stdin", BUFFER),
					StandardCharsets.UTF_8), BUFFER));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start COPY into " + tableAndColumns, ex);
		}
	}

	CopyRows field(Object value) {
		try {
			if (!this.firstField) {
				this.out.write('\t');
			}
			this.firstField = false;
			if (value == null) {
				this.out.write("\\N");
			}
			else {
				escape(value.toString());
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void endRow() {
		try {
			this.out.write('\n');
			this.firstField = true;
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long rows() {
		return this.rows;
	}

	/**
	 * Ends the COPY; the server checks every constraint of the rows by then.
	 */
	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The text format gives backslash, tab and line breaks a meaning; everything else
	// passes as is.
	private void escape(String text) throws IOException {
		if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			this.out.write(text);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.out.write("\\\\");
				case '\t' -> this.out.write("\\t");
				case '\n' -> this.out.write("\\n");
				case '\r' -> this.out.write("\\r");
				default -> this.out.write(c);
			}
		}
	}

}
