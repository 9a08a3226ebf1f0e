package io.sparkpulse.admin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel sign-in attempts, released together by a latch, on PostgreSQL: however many
 * arrive at once, no more than the limit are let through for one account or one client
 * address.
 */
@PageTest
class SignInThrottleRaceTest {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	SignInThrottleProperties limits;

	@Test
	void aBurstAtOneAccountGetsNoMoreThanItsLimitThrough() throws Exception {
		String account = "burst-" + UUID.randomUUID() + "@race.test";
		List<SignInThrottle.Admission> admissions = burst(24, (i) -> account, (i) -> "192.0.2." + (i + 1));
		assertThat(admissions.stream().filter((admission) -> !admission.locked()))
			.hasSize(this.limits.maxFailuresPerAccount());
	}

	@Test
	void aBurstFromOneAddressGetsNoMoreThanItsLimitThrough() throws Exception {
		String address = "race-" + UUID.randomUUID().toString().substring(0, 8);
		List<SignInThrottle.Admission> admissions = burst(40, (i) -> "guess" + i + "-" + address + "@race.test",
				(i) -> address);
		assertThat(admissions.stream().filter((admission) -> !admission.locked()))
			.hasSize(this.limits.maxFailuresPerAddress());
	}

	private List<SignInThrottle.Admission> burst(int attempts, java.util.function.IntFunction<String> account,
			java.util.function.IntFunction<String> address) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<SignInThrottle.Admission>> pending = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				int n = i;
				pending.add(threads.submit(() -> {
					start.await();
					return this.throttle.admit(account.apply(n), address.apply(n));
				}));
			}
			start.countDown();
			List<SignInThrottle.Admission> admissions = new ArrayList<>();
			for (Future<SignInThrottle.Admission> admission : pending) {
				admissions.add(admission.get());
			}
			return admissions;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
