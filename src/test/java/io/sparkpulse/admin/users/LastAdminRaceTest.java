package io.sparkpulse.admin.users;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last two enabled admins disable each other at the same moment (threads released by
 * a latch, on PostgreSQL), round after round: one of them always stays enabled.
 */
@PageTest
class LastAdminRaceTest {

	private static final int ROUNDS = 15;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		SignedInEditor first = new TestAccounts(this.context).ensure("first-" + run + "@race.test", Role.ADMIN);
		SignedInEditor second = new TestAccounts(this.context).ensure("second-" + run + "@race.test", Role.ADMIN);
		List<Long> othersEnabled = this.jdbc
			.sql("select id from editor_account where role = 'ADMIN' and enabled and id not in (:ids)")
			.param("ids", List.of(id(first), id(second)))
			.query(Long.class)
			.list();
		setEnabled(othersEnabled, false);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				setEnabled(List.of(id(first), id(second)), true);
				CountDownLatch start = new CountDownLatch(1);
				Future<Outcome> firstDisablesSecond = threads.submit(() -> {
					start.await();
					return this.accounts.setEnabled(id(second), false, first.actor());
				});
				Future<Outcome> secondDisablesFirst = threads.submit(() -> {
					start.await();
					return this.accounts.setEnabled(id(first), false, second.actor());
				});
				start.countDown();
				List<Outcome> outcomes = List.of(firstDisablesSecond.get(), secondDisablesFirst.get());
				assertThat(outcomes).as("round " + round).filteredOn(Outcome.Saved.class::isInstance).hasSize(1);
				assertThat(outcomes).as("round " + round)
					.filteredOn(Outcome.Rejected.class::isInstance)
					.singleElement()
					.extracting((outcome) -> ((Outcome.Rejected) outcome).message())
					.asString()
					.contains("last enabled admin");
				assertThat(enabledAdmins()).as("round " + round).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
			setEnabled(List.of(id(first), id(second)), false);
			setEnabled(othersEnabled, true);
		}
	}

	private void setEnabled(List<Long> ids, boolean enabled) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update editor_account set enabled = :enabled where id in (:ids)")
				.param("enabled", enabled)
				.param("ids", ids)
				.update();
		}
	}

	private int enabledAdmins() {
		return this.jdbc.sql("select count(*) from editor_account where role = 'ADMIN' and enabled")
			.query(Integer.class)
			.single();
	}

	private static long id(SignedInEditor account) {
		return account.actor().id();
	}

}
