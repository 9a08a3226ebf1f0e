package io.sparkpulse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database of its own on the server of {@link TestDatabase}, for tests that need an
 * empty one (an import, a migration from an old version). Dropped on {@link #close()}.
 */
public final class ScratchDatabase implements AutoCloseable {

	private static final AtomicInteger counter = new AtomicInteger();

	private final String name;

	private final String url;

	private ScratchDatabase(String name, String url) {
		this.name = name;
		this.url = url;
	}

	public static ScratchDatabase create(String purpose) {
		String name = ("sparkpulse_" + purpose + "_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet()
				+ "_" + Long.toString(System.nanoTime(), 36))
			.toLowerCase(Locale.ROOT);
		execute("create database " + name);
		return new ScratchDatabase(name, sibling(TestDatabase.coordinates().url(), name));
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return TestDatabase.coordinates().username();
	}

	public String password() {
		return TestDatabase.coordinates().password();
	}

	@Override
	public void close() {
		execute("drop database if exists " + this.name + " with (force)");
	}

	/** The URL of another database on the same server: same host, port and parameters. */
	static String sibling(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String parameters = (query >= 0) ? url.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
	}

	private static void execute(String sql) {
		TestDatabase.Coordinates db = TestDatabase.coordinates();
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test database's server", ex);
		}
	}

}
