package io.sparkpulse.freshness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another instance writes reaches this one at its next poll, even when a write that
 * took its version first commits last.
 */
@PageTest
class DataVersionWatcherTest {

	@Autowired
	DataVersionWatcher versions;

	@Autowired
	DataSource dataSource;

	@Test
	void aVersionThatCommitsAfterAHigherOneIsStillSeen() throws Exception {
		try (Connection slow = transaction(); Connection quick = transaction()) {
			long slowVersion = bump(slow, "product:-101");
			long quickVersion = bump(quick, "product:-102");
			assertThat(quickVersion).isGreaterThan(slowVersion);
			quick.commit();
			this.versions.refresh();
			assertThat(this.versions.version("product:-102")).isEqualTo(quickVersion);
			assertThat(this.versions.version("product:-101")).isZero();
			long products = this.versions.version(DependencyKeys.PRODUCTS);

			slow.commit();
			this.versions.refresh();

			assertThat(this.versions.version("product:-101")).isEqualTo(slowVersion);
			assertThat(this.versions.version(DependencyKeys.PRODUCTS)).isEqualTo(products + slowVersion);
		}
	}

	@Test
	void derivedKeysMoveWithWhatTheyStandFor() throws Exception {
		long all = this.versions.version(DependencyKeys.ALL);
		long sectors = this.versions.version(DependencyKeys.SECTORS);
		long products = this.versions.version(DependencyKeys.PRODUCTS);
		try (Connection writer = transaction()) {
			bump(writer, "sector:-201");
			writer.commit();
		}
		this.versions.refresh();
		assertThat(this.versions.version(DependencyKeys.ALL)).isGreaterThan(all);
		assertThat(this.versions.version(DependencyKeys.SECTORS)).isGreaterThan(sectors);
		assertThat(this.versions.version(DependencyKeys.PRODUCTS)).isEqualTo(products);
	}

	private Connection transaction() throws Exception {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	/** As another instance would: straight in the database, unseen until a poll. */
	private static long bump(Connection connection, String key) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into dependency_version (key, version, changed_at)
				values (?, nextval('dependency_version_seq'), now())
				on conflict (key) do update set version = nextval('dependency_version_seq'), changed_at = now()
				returning version
				""")) {
			insert.setString(1, key);
			try (ResultSet version = insert.executeQuery()) {
				version.next();
				return version.getLong(1);
			}
		}
	}

}
