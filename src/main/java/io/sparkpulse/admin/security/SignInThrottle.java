package io.sparkpulse.admin.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in failures per account and per client address in PostgreSQL, so that every
 * instance enforces the same limits, and refuses further attempts once a limit is
 * reached. An attempt is written as a failure before the password is checked and only
 * turned into a success afterwards. Admissions for one account, and for one client
 * address, take turns (a transaction-scoped advisory lock on each, account first, so two
 * admissions never wait on each other in a circle): each counts every attempt admitted
 * before it, so no parallel burst gets past a limit, on any number of instances.
 */
@Service
public class SignInThrottle {

	/** Advisory lock spaces: one for accounts, one for client addresses. */
	private static final int ACCOUNT_LOCKS = 0x5350_0001;

	private static final int ADDRESS_LOCKS = 0x5350_0002;

	/** Attempts are kept a day for the record, far longer than any window. */
	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final SignInThrottleProperties limits;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInThrottleProperties limits, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Records an attempt and lets it through, or refuses it (leaving no trace, so that
	 * hammering a locked account does not extend its lock).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Admission admit(String account, String address) {
		takeTurn(ACCOUNT_LOCKS, account);
		takeTurn(ADDRESS_LOCKS, address);
		Instant now = this.clock.instant();
		long attempt = this.jdbc.sql("""
				insert into sign_in_attempt (account, client_address, attempted_at) values (:account, :address, :now)
				returning id
				""")
			.param("account", account)
			.param("address", address)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		Optional<Instant> until = lockedUntil(account, address, now);
		if (until.isPresent()) {
			this.jdbc.sql("delete from sign_in_attempt where id = :id").param("id", attempt).update();
			return new Admission(attempt, until.get());
		}
		return new Admission(attempt, null);
	}

	/**
	 * Waits until no other admission for this key is under way; the lock is held until
	 * this transaction ends.
	 */
	private void takeTurn(int space, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
			.param("space", space)
			.param("key", key)
			.query()
			.singleRow();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(long attempt) {
		this.jdbc.sql("update sign_in_attempt set succeeded = true where id = :id").param("id", attempt).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void forgetOldAttempts() {
		this.jdbc.sql("delete from sign_in_attempt where attempted_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(KEPT)))
			.update();
	}

	/**
	 * When the latest lock on this account or address lifts, if one holds now: the moment
	 * the failure that completed the limit leaves the window. Failures before the
	 * account's last success do not count against the account.
	 */
	private Optional<Instant> lockedUntil(String account, String address, Instant now) {
		Timestamp since = Timestamp.from(now.minus(this.limits.window()));
		Optional<Instant> accountLock = this.jdbc.sql("""
				select attempted_at from sign_in_attempt
				where account = :account and not succeeded and attempted_at > :since
				  and id > coalesce((select max(id) from sign_in_attempt where account = :account and succeeded), 0)
				order by attempted_at desc, id desc
				offset :nth limit 1
				""")
			.param("account", account)
			.param("since", since)
			.param("nth", this.limits.maxFailuresPerAccount())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
		Optional<Instant> addressLock = this.jdbc.sql("""
				select attempted_at from sign_in_attempt
				where client_address = :address and not succeeded and attempted_at > :since
				order by attempted_at desc, id desc
				offset :nth limit 1
				""")
			.param("address", address)
			.param("since", since)
			.param("nth", this.limits.maxFailuresPerAddress())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
		return latest(accountLock, addressLock).map((at) -> at.plus(this.limits.window()));
	}

	private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
	}

	/**
	 * An attempt let through (no lock), or refused until {@code lockedUntil}.
	 */
	public record Admission(long attempt, Instant lockedUntil) {

		public boolean locked() {
			return this.lockedUntil != null;
		}

	}

}
