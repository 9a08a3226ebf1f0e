package io.sparkpulse.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test of one run shares, found once per JVM, in this order:
 * <ol>
 * <li>{@code SPRING_DATASOURCE_URL} (with {@code _USERNAME}/{@code _PASSWORD}): used as
 * given, for CI and anyone who wants a particular database;</li>
 * <li>Docker: a Testcontainers PostgreSQL;</li>
 * <li>the local default server the site itself uses ({@code localhost:5432}, user
 * {@code postgres}): a throw-away database is created in it and dropped when the tests
 * end.</li>
 * </ol>
 * With none of these, tests fail and say how to provide one. Never H2: the schema relies
 * on PostgreSQL.
 */
public final class TestDatabase {

	private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

	private static volatile Connection instance;

	private static volatile Coordinates coordinates;

	private TestDatabase() {
	}

	public static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = resolve();
		}
		return coordinates;
	}

	private static Coordinates resolve() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && !url.isBlank()) {
			return new Coordinates(url, env("SPRING_DATASOURCE_USERNAME", "postgres"),
					env("SPRING_DATASOURCE_PASSWORD", ""), "SPRING_DATASOURCE_URL");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		if (localServerListening()) {
			return throwAwayDatabaseOnLocalServer();
		}
		throw new IllegalStateException("""
				No PostgreSQL for the tests. Provide one of:
				  - SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/DB (plus SPRING_DATASOURCE_USERNAME/_PASSWORD)
				    pointing at a throw-away database, or
				  - a running Docker engine, so Testcontainers can start PostgreSQL, or
				  - a PostgreSQL on localhost:5432 that lets user 'postgres' create databases.""");
	}

	private static Coordinates throwAwayDatabaseOnLocalServer() {
		String name = "sparkpulse_test_" + ProcessHandle.current().pid() + "_"
				+ Long.toString(System.currentTimeMillis(), 36).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
		return new Coordinates(LOCAL_SERVER + name, "postgres", "",
				"throw-away database " + name + " on localhost:5432");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on localhost:5432 as postgres", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean localServerListening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/**
	 * Where the tests' database is, and how it was found (printed once, so a failing run
	 * says which).
	 */
	public record Coordinates(String url, String username, String password, String source) {
	}

}
