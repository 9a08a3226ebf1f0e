package io.sparkpulse.admin.users;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The accounts that may sign in to the admin: created by an admin (or the start-up
 * bootstrap), never deleted, disabled instead. Disabling an account or resetting its
 * password ends its open sessions.
 */
@Service
@Transactional
public class EditorAccounts {

	/** The advisory lock held while an account is enabled or disabled. */
	private static final long ENABLED_ACCOUNTS_LOCK = 0x5350_4144_4d49_4e53L;

	private final EditorAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	private final JdbcClient jdbc;

	EditorAccounts(EditorAccountRepository accounts, PasswordEncoder passwords, AuditLog audit,
			FindByIndexNameSessionRepository<?> sessions, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * The account signing in with this e-mail address, for Spring Security to check the
	 * password of.
	 */
	@Transactional(readOnly = true)
	public SignedInEditor signInDetails(String email) {
		return this.accounts.findByEmail(Passwords.normalizeEmail(email))
			.map(EditorAccount::signInDetails)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Transactional(readOnly = true)
	public List<EditorAccountView> all() {
		return this.accounts.findAllByOrderByEmail().stream().map(EditorAccount::view).toList();
	}

	@Transactional(readOnly = true)
	public EditorAccountView get(long id) {
		return account(id).view();
	}

	public Outcome create(NewAccount account, Actor actor) {
		String email = Passwords.normalizeEmail(account.email());
		if (this.accounts.existsByEmail(email)) {
			return Outcome.rejected("email", "E-mail address: an account with this address exists already.");
		}
		Optional<String> weak = Passwords.problem(account.password());
		if (weak.isPresent()) {
			return Outcome.rejected("password", passwordProblem(weak.get()));
		}
		EditorAccount created = this.accounts.save(new EditorAccount(email, account.displayName().strip(),
				account.role(), this.passwords.encode(account.password()), this.clock.instant()));
		this.audit.record(actor, AuditEvent.of("account.create", "account", created.getId(),
				"Created " + account.role().label().toLowerCase() + " account " + email, null, created.view()));
		return Outcome.saved(created.getId(), "Account " + email + " created. Give its owner the password in person.");
	}

	public Outcome resetPassword(long id, String password, Actor actor) {
		Optional<String> weak = Passwords.problem(password);
		if (weak.isPresent()) {
			return Outcome.rejected("password", passwordProblem(weak.get()));
		}
		EditorAccount account = account(id);
		account.changePassword(this.passwords.encode(password), this.clock.instant());
		endSessionsOnCommit(account.getEmail());
		this.audit.record(actor,
				AuditEvent.of("account.password", "account", id, "Reset the password of " + account.getEmail(),
						Map.of("password", "(old)"), Map.of("password", "(new)")));
		return Outcome.saved(id, "Password of " + account.getEmail() + " reset; its open sessions were ended.");
	}

	public Outcome setEnabled(long id, boolean enabled, Actor actor) {
		// Two admins disabling each other at once would each count the other as still
		// enabled: changes to who is enabled take turns, and each counts after the last.
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ENABLED_ACCOUNTS_LOCK).query().singleRow();
		EditorAccount account = account(id);
		EditorAccountView before = account.view();
		if (!enabled && id == actor.id()) {
			return Outcome.rejected("enabled", "You cannot disable your own account.");
		}
		if (!enabled && before.role() == Role.ADMIN && before.enabled() && enabledAdmins() <= 1) {
			return Outcome.rejected("enabled", "This is the last enabled admin account; enable another admin first.");
		}
		account.enable(enabled, this.clock.instant());
		if (!enabled) {
			endSessionsOnCommit(account.getEmail());
		}
		this.audit.record(actor, AuditEvent.of(enabled ? "account.enable" : "account.disable", "account", id,
				(enabled ? "Enabled " : "Disabled ") + account.getEmail(), before, account.view()));
		return Outcome.saved(id,
				"Account " + account.getEmail() + (enabled ? " enabled." : " disabled; its open sessions were ended."));
	}

	/**
	 * Creates the first admin account, unless an admin exists already. Several instances
	 * starting at once may all try: the unique e-mail address lets exactly one succeed.
	 */
	public boolean bootstrapAdmin(String email, String displayName, String password) {
		if (this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return false;
		}
		String normalized = Passwords.normalizeEmail(email);
		if (this.accounts.existsByEmail(normalized)) {
			return false;
		}
		this.accounts.save(new EditorAccount(normalized, displayName, Role.ADMIN, this.passwords.encode(password),
				this.clock.instant()));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean anyAdmin() {
		return this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN);
	}

	private long enabledAdmins() {
		return this.accounts.findAllByOrderByEmail()
			.stream()
			.map(EditorAccount::view)
			.filter((view) -> view.role() == Role.ADMIN && view.enabled())
			.count();
	}

	private EditorAccount account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

	/**
	 * Ends the account's sessions once the change is committed: a change that fails to
	 * commit leaves the editor signed in, as it leaves the account. The session store
	 * writes in a transaction of its own.
	 */
	private void endSessionsOnCommit(String email) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				EditorAccounts.this.sessions.findByPrincipalName(email)
					.keySet()
					.forEach(EditorAccounts.this.sessions::deleteById);
			}

		});
	}

	private static String passwordProblem(String problem) {
		return "Password: " + Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
	}

}
