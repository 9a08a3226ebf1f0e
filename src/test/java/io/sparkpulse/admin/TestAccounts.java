package io.sparkpulse.admin;

import java.sql.Timestamp;

import io.sparkpulse.admin.users.EditorAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.FixedClock;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for admin tests, stored like real ones (hashed password) so that tests can
 * sign in with the form or act as them through Spring Security's request post-processors.
 */
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final EditorAccounts accounts;

	public TestAccounts(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.accounts = context.getBean(EditorAccounts.class);
	}

	/**
	 * The account with this address, created (enabled, with {@link #PASSWORD}) if it does
	 * not exist.
	 */
	public SignedInEditor ensure(String email, Role role) {
		this.jdbc.sql("""
				insert into editor_account (email, display_name, role, password_hash, enabled, created_at, updated_at)
				values (:email, :name, :role, :hash, true, :now, :now)
				on conflict (email) do nothing
				""")
			.param("email", email)
			.param("name", "Test " + email.substring(0, email.indexOf('@')))
			.param("role", role.name())
			.param("hash", this.passwords.encode(PASSWORD))
			.param("now", Timestamp.from(FixedClock.NOW))
			.update();
		return this.accounts.signInDetails(email);
	}

}
