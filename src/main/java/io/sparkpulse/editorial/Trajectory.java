package io.sparkpulse.editorial;

import java.time.Instant;

/**
 * A saved editorial trajectory: the current one, or an earlier revision.
 *
 * @param movesSince ship moves of the product dated after the day this revision was
 * written
 */
public record Trajectory(long productId, int revision, String headline, String currentState, String heading,
		String prediction, String author, Instant updatedAt, int movesSince) {
}
