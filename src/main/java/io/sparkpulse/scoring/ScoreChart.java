package io.sparkpulse.scoring;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the score history chart, computed once so the template only draws: an
 * SVG polyline over a 0–5 vertical scale with month labels.
 *
 * @param points the polyline's {@code points} attribute
 * @param area the filled area under the line, as an SVG path
 * @param gridLines horizontal guides at each whole score
 * @param labels month labels along the time axis
 * @param summary the chart in words, for readers who cannot see it
 */
public record ScoreChart(int width, int height, String points, String area, List<GridLine> gridLines,
		List<Label> labels, String summary) {

	static final int WIDTH = 640;

	static final int HEIGHT = 180;

	static final int LEFT = 28;

	static final int BOTTOM = 22;

	static final int TOP = 8;

	/**
	 * Month labels closer than this would overlap; every other month is labelled then.
	 */
	static final int MIN_LABEL_GAP = 44;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public static ScoreChart of(List<ScoreHistory.Point> history) {
		int plotWidth = WIDTH - LEFT - 8;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double step = (history.size() > 1) ? (double) plotWidth / (history.size() - 1) : 0;
		StringBuilder points = new StringBuilder();
		List<Label> labels = new ArrayList<>();
		int lastMonth = history.isEmpty() ? -1 : history.get(0).day().getMonthValue();
		double lastLabelX = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < history.size(); i++) {
			ScoreHistory.Point point = history.get(i);
			double x = LEFT + i * step;
			double y = TOP + plotHeight * (1 - point.score().doubleValue() / VelocityFormula.MAX_SCORE);
			points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", (i > 0) ? " " : "", x, y));
			int month = point.day().getMonthValue();
			if (month != lastMonth && x - lastLabelX >= MIN_LABEL_GAP) {
				labels.add(new Label(x, HEIGHT - 6, MONTH.format(point.day())));
				lastLabelX = x;
			}
			lastMonth = month;
		}
		String baseline = String.format(Locale.ROOT, "%.1f", (double) TOP + plotHeight);
		String area = history.isEmpty() ? "" : "M" + LEFT + "," + baseline + " L" + points.toString().replace(" ", " L")
				+ " L" + String.format(Locale.ROOT, "%.1f", LEFT + (history.size() - 1) * step) + "," + baseline + " Z";
		List<GridLine> grid = new ArrayList<>();
		for (int score = 0; score <= (int) VelocityFormula.MAX_SCORE; score++) {
			double y = TOP + plotHeight * (1 - score / VelocityFormula.MAX_SCORE);
			grid.add(new GridLine(y, String.valueOf(score)));
		}
		return new ScoreChart(WIDTH, HEIGHT, points.toString(), area, grid, labels, summary(history));
	}

	private static String summary(List<ScoreHistory.Point> history) {
		if (history.isEmpty()) {
			return "No score history yet.";
		}
		ScoreHistory.Point high = history.get(0);
		ScoreHistory.Point low = history.get(0);
		for (ScoreHistory.Point point : history) {
			high = (point.score().compareTo(high.score()) > 0) ? point : high;
			low = (point.score().compareTo(low.score()) < 0) ? point : low;
		}
		ScoreHistory.Point first = history.get(0);
		ScoreHistory.Point last = history.get(history.size() - 1);
		return "Weekly velocity score from " + DAY.format(first.day()) + " (" + first.score() + ") to "
				+ DAY.format(last.day()) + " (" + last.score() + "); highest " + high.score() + " in the week of "
				+ DAY.format(high.day()) + ", lowest " + low.score() + " in the week of " + DAY.format(low.day()) + ".";
	}

	/**
	 * A horizontal guide at a whole score.
	 */
	public record GridLine(double y, String label) {
	}

	/**
	 * A label on the time axis.
	 */
	public record Label(double x, double y, String text) {
	}

}
