package io.sparkpulse.admin.users;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration when none exists, and says how to when it
 * cannot. The password is checked like any other and never appears in a log line.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final EditorAccounts accounts;

	private final AdminBootstrapProperties properties;

	AdminBootstrap(EditorAccounts accounts, AdminBootstrapProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdmin()) {
			return;
		}
		if (!this.properties.requested()) {
			log.warn("No admin account exists and none is configured: nobody can sign in to /admin. Set "
					+ "SPARKPULSE_ADMIN_EMAIL and SPARKPULSE_ADMIN_PASSWORD (or --sparkpulse.admin.bootstrap-email "
					+ "and --sparkpulse.admin.bootstrap-password) and restart.");
			return;
		}
		String email = Passwords.normalizeEmail(this.properties.bootstrapEmail());
		if (!email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalStateException("sparkpulse.admin.bootstrap-email is not an e-mail address");
		}
		Optional<String> weak = Passwords.problem(this.properties.bootstrapPassword());
		if (weak.isPresent()) {
			throw new IllegalStateException("sparkpulse.admin.bootstrap-password is not acceptable: " + weak.get());
		}
		try {
			if (this.accounts.bootstrapAdmin(email, this.properties.bootstrapName(),
					this.properties.bootstrapPassword())) {
				log.info("Created the first admin account {}", email);
			}
			else {
				log.warn("Did not create the first admin {}: the address belongs to an existing account", email);
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another instance created the first admin account {} at the same time", email);
		}
	}

}
