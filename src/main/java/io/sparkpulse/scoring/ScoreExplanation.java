package io.sparkpulse.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a product has its score: each recent move's share, and the score's path over the
 * last year.
 *
 * @param contributions the largest shares, each of at least 0.05 points today, largest
 * first (at most ten)
 * @param otherMoves how many other moves still carry points: smaller shares, most of them
 * older
 * @param otherPoints what those other moves add together, with one decimal ("<0.1" when
 * it rounds to nothing)
 * @param history one point per week for the last year, oldest first
 * @param moves the moves behind that history, newest first
 */
public record ScoreExplanation(int formulaVersion, List<Share> contributions, int otherMoves, String otherPoints,
		List<ScoreHistory.Point> history, List<VelocityFormula.Move> moves) {

	/**
	 * One move's share of the score ("+0.6 from 1.154.0, 8 days ago").
	 *
	 * @param points the points it adds, with one decimal ("0.6"; "<0.1" when it rounds to
	 * nothing)
	 */
	public record Share(String points, String title, String kind, LocalDate occurredOn) {
	}

}
