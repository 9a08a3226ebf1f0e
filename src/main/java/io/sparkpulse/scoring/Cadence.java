package io.sparkpulse.scoring;

import java.util.Set;

import io.sparkpulse.activity.ActivityKind;

/**
 * When a product counts as "quieter than usual": its time since the last ship day exceeds
 * {@value #QUIET_FACTOR} × its own median gap between ship days, judged only once it has
 * at least {@value #MIN_SHIP_DAYS} ship days (fewer say nothing about a rhythm).
 */
public final class Cadence {

	public static final int QUIET_FACTOR = 3;

	public static final int MIN_SHIP_DAYS = 4;

	/**
	 * The moves that count as releases in the figures beside the score (releases in the
	 * last {@value #RECENT_RELEASE_DAYS} days, the median gap between release days over
	 * the last year, days since the latest release): stable and security releases, not
	 * candidates or news.
	 */
	public static final Set<ActivityKind> RELEASE_KINDS = Set.of(ActivityKind.RELEASE, ActivityKind.SECURITY_RELEASE);

	public static final int RECENT_RELEASE_DAYS = 90;

	private Cadence() {
	}

	public static boolean isQuiet(long daysSinceLastMove, Double medianGapDays, int shipDays) {
		return shipDays >= MIN_SHIP_DAYS && medianGapDays != null && daysSinceLastMove > QUIET_FACTOR * medianGapDays;
	}

}
