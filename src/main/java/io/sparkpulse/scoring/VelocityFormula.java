package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.activity.ActivityKind;

/**
 * The velocity score, version {@value #VERSION}: every ship move earns points for its
 * kind, and those points halve every {@value #HALF_LIFE_DAYS} days; the score is the sum,
 * capped at {@value #MAX_SCORE} and shown with one decimal.
 *
 * <pre>
 * score = min(5, Σ w(kind) · 2^(−age_days / 14))   over moves of the last 365 days
 * </pre>
 *
 * A product that shipped two releases in the last fortnight sits near the top; one whose
 * last move is two months old has decayed to almost nothing. Pure: the same moves and day
 * always give the same score.
 */
public final class VelocityFormula {

	public static final int VERSION = 1;

	public static final double HALF_LIFE_DAYS = 14;

	public static final double MAX_SCORE = 5.0;

	/**
	 * Moves older than this contribute less than 0.0001 points and are not read at all.
	 */
	public static final int HORIZON_DAYS = 365;

	private static final Map<ActivityKind, Double> WEIGHTS = new EnumMap<>(
			Map.of(ActivityKind.RELEASE, 3.0, ActivityKind.SECURITY_RELEASE, 3.0, ActivityKind.RELEASE_CANDIDATE, 1.5,
					ActivityKind.ANNOUNCEMENT, 1.0, ActivityKind.BUSINESS, 0.5));

	private VelocityFormula() {
	}

	public static double weight(ActivityKind kind) {
		return WEIGHTS.get(kind);
	}

	/**
	 * Points a single move still carries on {@code today}; moves dated in the future or
	 * beyond the horizon carry none.
	 */
	public static double points(ActivityKind kind, LocalDate occurredOn, LocalDate today) {
		long age = ChronoUnit.DAYS.between(occurredOn, today);
		if (age < 0 || age > HORIZON_DAYS) {
			return 0;
		}
		return weight(kind) * Math.pow(2, -age / HALF_LIFE_DAYS);
	}

	/**
	 * The score alone, without each move's share: what a history of many days needs.
	 */
	public static BigDecimal value(Collection<Move> moves, LocalDate today) {
		double raw = 0;
		for (Move move : moves) {
			raw += points(move.kind(), move.occurredOn(), today);
		}
		return round(Math.min(MAX_SCORE, raw));
	}

	public static VelocityScore score(Collection<Move> moves, LocalDate today) {
		List<Contribution> contributions = new ArrayList<>();
		double raw = 0;
		for (Move move : moves) {
			double points = points(move.kind(), move.occurredOn(), today);
			if (points > 0) {
				raw += points;
				contributions.add(new Contribution(move, points));
			}
		}
		contributions.sort(Comparator.comparingDouble(Contribution::points).reversed());
		return new VelocityScore(round(Math.min(MAX_SCORE, raw)), raw, List.copyOf(contributions));
	}

	static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * A dated ship move as the formula sees it.
	 */
	public record Move(String title, ActivityKind kind, LocalDate occurredOn) {
	}

	/**
	 * How many points one move adds to the score.
	 */
	public record Contribution(Move move, double points) {
	}

	/**
	 * The score with the raw sum behind it and each move's share, largest first.
	 */
	public record VelocityScore(BigDecimal value, double rawPoints, List<Contribution> contributions) {
	}

}
