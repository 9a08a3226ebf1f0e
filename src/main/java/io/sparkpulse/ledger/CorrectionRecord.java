package io.sparkpulse.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A trajectory revision saved as a correction, with its public note and the blocks it
 * changed.
 */
public record CorrectionRecord(long id, long productId, int revision, String note, List<EditorialBlock> blocks,
		Instant correctedAt, String author) {
}
