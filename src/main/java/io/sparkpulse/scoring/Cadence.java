package io.sparkpulse.scoring;

/**
 * When a product counts as "quieter than usual": its time since the last ship day exceeds
 * {@value #QUIET_FACTOR} × its own median gap between ship days, judged only once it has
 * at least {@value #MIN_SHIP_DAYS} ship days (fewer say nothing about a rhythm).
 */
public final class Cadence {

	public static final int QUIET_FACTOR = 3;

	public static final int MIN_SHIP_DAYS = 4;

	private Cadence() {
	}

	public static boolean isQuiet(long daysSinceLastMove, Double medianGapDays, int shipDays) {
		return shipDays >= MIN_SHIP_DAYS && medianGapDays != null && daysSinceLastMove > QUIET_FACTOR * medianGapDays;
	}

}
