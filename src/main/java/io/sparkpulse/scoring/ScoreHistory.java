package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A product's velocity score week by week, derived from its dated moves with the current
 * formula. Pure: the same moves always draw the same history.
 */
public final class ScoreHistory {

	private ScoreHistory() {
	}

	/**
	 * One point per week for the last {@code weeks} weeks, oldest first, the last one
	 * being {@code today}.
	 */
	public static List<Point> weekly(Collection<VelocityFormula.Move> moves, LocalDate today, int weeks) {
		List<Point> points = new ArrayList<>(weeks);
		for (int week = weeks - 1; week >= 0; week--) {
			LocalDate day = today.minusWeeks(week);
			points.add(new Point(day, VelocityFormula.value(moves, day)));
		}
		return List.copyOf(points);
	}

	/**
	 * The score a product had on a day.
	 */
	public record Point(LocalDate day, BigDecimal score) {
	}

}
