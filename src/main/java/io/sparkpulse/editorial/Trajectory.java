package io.sparkpulse.editorial;

import java.time.Instant;

/**
 * A saved editorial trajectory: the current one, or an earlier revision.
 */
public record Trajectory(long productId, int revision, String headline, String currentState, String heading,
		String prediction, String author, Instant updatedAt) {
}
