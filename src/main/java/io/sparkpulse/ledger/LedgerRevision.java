package io.sparkpulse.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the ledger records about a new trajectory revision.
 *
 * @param prediction the revision's prediction text
 * @param dueOn when it falls due, or {@code null} for the default horizon (a prediction
 * carried over unchanged keeps its date)
 * @param sources the sources of each block that carries them
 * @param correctionNote the public note when the revision is a correction, {@code null}
 * for an ordinary update
 * @param changed the blocks this revision changed, sources included
 */
public record LedgerRevision(String prediction, LocalDate dueOn, Map<EditorialBlock, List<Source>> sources,
		String correctionNote, Set<EditorialBlock> changed) {

	public boolean correction() {
		return this.correctionNote != null;
	}

}
