package io.sparkpulse.scoring;

import java.util.LinkedHashSet;
import java.util.Set;

import io.sparkpulse.activity.ActivityChanged;
import io.sparkpulse.catalog.SectorMembershipChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Brings scores, release figures and sector ranks up to date once per transaction, just
 * before it commits, for every product and sector the transaction announced as changed.
 * Writers only announce; none has to flush first or know that the recompute reads the
 * database: pending JPA changes are flushed here, the one place that needs them written,
 * and then the recompute sees everything the transaction wrote, however it wrote it.
 */
@Component
class ScoresAtCommit {

	private static final HibernateJpaDialect JPA_DIALECT = new HibernateJpaDialect();

	private final ScoreRecomputer scores;

	private final CadenceRecomputer cadences;

	private final EntityManagerFactory entityManagers;

	ScoresAtCommit(ScoreRecomputer scores, CadenceRecomputer cadences, EntityManagerFactory entityManagers) {
		this.scores = scores;
		this.cadences = cadences;
		this.entityManagers = entityManagers;
	}

	@EventListener
	void onActivityChanged(ActivityChanged event) {
		pending().products.addAll(event.productIds());
	}

	@EventListener
	void onSectorMembershipChanged(SectorMembershipChanged event) {
		pending().sectors.addAll(event.sectorIds());
	}

	/**
	 * The work of the current transaction, kept among its synchronizations so that a
	 * transaction started inside it (and suspending it) collects its own.
	 */
	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Changes to scored data must be announced inside a transaction");
		}
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Pending pending && pending.owner() == this) {
				return pending;
			}
		}
		Pending pending = new Pending();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/**
	 * What one transaction changed, recomputed when it is about to commit.
	 */
	private final class Pending implements TransactionSynchronization {

		private final Set<Long> products = new LinkedHashSet<>();

		private final Set<Long> sectors = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			EntityManager entityManager = EntityManagerFactoryUtils
				.getTransactionalEntityManager(ScoresAtCommit.this.entityManagers);
			if (entityManager != null) {
				try {
					entityManager.flush();
				}
				catch (RuntimeException ex) {
					// Said the way a failed commit says it, so a broken constraint still
					// reaches the handlers that answer it with a form message or a 409.
					throw DataAccessUtils.translateIfNecessary(ex, JPA_DIALECT);
				}
			}
			// The score's data version bump comes first: it waits for any other writer
			// that bumped, so neither computation can miss what that writer committed.
			ScoresAtCommit.this.scores.recompute(this.products, this.sectors);
			ScoresAtCommit.this.cadences.recompute(this.products);
			// Done: a test that runs this work early and commits later does it once.
			this.products.clear();
			this.sectors.clear();
		}

		ScoresAtCommit owner() {
			return ScoresAtCommit.this;
		}

	}

}
