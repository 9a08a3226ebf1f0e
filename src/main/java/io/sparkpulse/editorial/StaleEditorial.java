package io.sparkpulse.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an editorial trajectory has fallen behind the product: it is older than
 * {@value #DAYS} days and the product has shipped at least {@value #MOVES} moves since.
 * Readers are told, so an old take is never mistaken for a current one.
 */
public final class StaleEditorial {

	public static final int DAYS = 60;

	public static final int MOVES = 3;

	private StaleEditorial() {
	}

	/**
	 * The note a page shows for a stale trajectory ("Editorial updated 94 days ago; 7
	 * moves since"), if it is stale.
	 */
	public static Optional<String> note(Trajectory trajectory, Instant now) {
		long days = Duration.between(trajectory.updatedAt(), now).toDays();
		if (days <= DAYS || trajectory.movesSince() < MOVES) {
			return Optional.empty();
		}
		return Optional.of("Editorial updated " + days + " days ago; " + trajectory.movesSince() + " moves since.");
	}

}
