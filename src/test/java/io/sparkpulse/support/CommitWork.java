package io.sparkpulse.support;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For tests that run in a transaction rolled back at the end: does now what a commit
 * would do first (scores and ranks brought up to date), so the test can read the outcome
 * and still leave the database as it found it.
 */
public final class CommitWork {

	private CommitWork() {
	}

	public static void runNow() {
		TransactionSynchronizationManager.getSynchronizations().forEach((work) -> work.beforeCommit(false));
	}

}
