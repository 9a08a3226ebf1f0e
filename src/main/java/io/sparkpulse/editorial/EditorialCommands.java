package io.sparkpulse.editorial;

import java.time.Instant;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves editorial trajectories. Each save appends a revision; the newest revision is the
 * current text.
 */
@Service
@Transactional
public class EditorialCommands {

	private final TrajectoryRevisionRepository revisions;

	private final DataVersion dataVersion;

	EditorialCommands(TrajectoryRevisionRepository revisions, DataVersion dataVersion) {
		this.revisions = revisions;
		this.dataVersion = dataVersion;
	}

	/**
	 * Appends a revision written by {@code author} at {@code at}; returns its number.
	 */
	public int revise(long productId, TrajectoryDraft draft, String author, Instant at) {
		int next = this.revisions.latestRevision(productId) + 1;
		this.dataVersion.bump(DependencyKeys.product(productId));
		// SQL reads this table later in the same transaction (the ledger, the audit
		// entry):
		// an identity id makes JPA insert the revision at once, and it is never updated.
		return this.revisions.save(new TrajectoryRevision(productId, next, draft, author, at)).getRevision();
	}

}
