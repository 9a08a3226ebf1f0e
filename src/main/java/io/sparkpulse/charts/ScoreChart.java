package io.sparkpulse.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.sparkpulse.scoring.Cadence;
import io.sparkpulse.scoring.ScoreExplanations;
import io.sparkpulse.scoring.ScoreHistory;
import io.sparkpulse.scoring.VelocityFormula;

/**
 * The geometry of a weekly score history chart for one product or several, computed once
 * so the template only draws: one line per product over a 0–5 scale, release markers on
 * the lines, month labels with the year, a titled y axis and, with several products, a
 * label at the end of each line.
 * <p>
 * The drawing is {@value #WIDTH} units wide with text of {@value #FONT} units: at the
 * narrowest layout (a 360 px screen leaves about 328 px) text stays above 11 px.
 *
 * @param plotLeft x of the y axis
 * @param plotRight x where the plot ends (direct labels sit to its right)
 * @param plotTop y of the 5.0 guide
 * @param plotBottom y of the 0.0 guide
 * @param series one line per product, in the order given
 * @param gridLines horizontal guides at each whole score
 * @param labels month labels along the time axis
 * @param summary the chart in words, for readers who cannot see it
 */
public record ScoreChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom,
		List<Series> series, List<GridLine> gridLines, List<Label> labels, String yAxisTitle, String summary) {

	static final int WIDTH = 400;

	static final int HEIGHT = 220;

	static final int FONT = 15;

	static final int LEFT = 46;

	static final int TOP = 12;

	static final int BOTTOM = 30;

	static final int RIGHT = 10;

	/** Width of one character of label text, generously: labels are placed by it. */
	static final double CHAR_WIDTH = FONT * 0.62;

	/** Direct labels closer than this (vertically) are pushed apart. */
	static final double LABEL_SPACING = FONT + 2;

	/**
	 * Longer product names are shortened in direct labels (the legend has them whole).
	 */
	static final int LABEL_CHARS = 14;

	/** Series can be told apart without colour too: by dash pattern and marker shape. */
	static final List<String> DASHES = List.of("", "7 4", "2 3", "9 3 2 3");

	static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM ''yy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/**
	 * A single product's chart without release markers.
	 */
	public static ScoreChart of(List<ScoreHistory.Point> history) {
		return of(List.of(new Input(null, history, List.of())), false);
	}

	/**
	 * One chart of several products' weekly histories, their releases marked and each
	 * line named at its end.
	 */
	public static ScoreChart compared(List<ScoreExplanations.ProductHistory> histories) {
		return of(histories.stream()
			.map((history) -> new Input(history.name(), history.weeks(), history.moves()))
			.toList(), true);
	}

	/**
	 * A chart of one or more products; with {@code directLabels} each line is named at
	 * its end.
	 */
	public static ScoreChart of(List<Input> inputs, boolean directLabels) {
		List<ScoreHistory.Point> reference = inputs.stream()
			.map(Input::history)
			.filter((history) -> !history.isEmpty())
			.findFirst()
			.orElse(List.of());
		int gutter = directLabels ? gutter(inputs) : 0;
		int plotRight = WIDTH - RIGHT - gutter;
		int plotBottom = HEIGHT - BOTTOM;
		Scale scale = new Scale(reference.isEmpty() ? null : reference.get(0).day(),
				reference.isEmpty() ? null : reference.get(reference.size() - 1).day(), plotRight);
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			series.add(series(inputs.get(i), i, scale, inputs.size() == 1));
		}
		if (directLabels) {
			placeDirectLabels(series, plotRight);
		}
		List<GridLine> grid = new ArrayList<>();
		for (int score = 0; score <= (int) VelocityFormula.MAX_SCORE; score++) {
			grid.add(new GridLine(y(score), String.valueOf(score)));
		}
		String summary = (inputs.size() == 1) ? summary(inputs.get(0).history())
				: "Weekly velocity score over the last 12 months. " + String.join(" ",
						inputs.stream().map((input) -> input.name() + ": " + summary(input.history())).toList());
		return new ScoreChart(WIDTH, HEIGHT, LEFT, plotRight, TOP, plotBottom, List.copyOf(series), grid,
				monthLabels(reference, scale), "Velocity score", summary);
	}

	/** The rows of the data table: one per week, one score per series. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		if (this.series.isEmpty()) {
			return rows;
		}
		int weeks = this.series.get(0).history().size();
		for (int week = 0; week < weeks; week++) {
			List<BigDecimal> scores = new ArrayList<>();
			for (Series line : this.series) {
				scores.add((week < line.history().size()) ? line.history().get(week).score() : null);
			}
			rows.add(new Row(this.series.get(0).history().get(week).day(), scores));
		}
		return rows;
	}

	/** The single product's line, as the product page draws it. */
	public String points() {
		return this.series.isEmpty() ? "" : this.series.get(0).points();
	}

	/** The area under the single product's line. */
	public String area() {
		return this.series.isEmpty() ? "" : this.series.get(0).area();
	}

	private static Series series(Input input, int index, Scale scale, boolean filled) {
		StringBuilder points = new StringBuilder();
		List<ScoreHistory.Point> history = input.history();
		for (int i = 0; i < history.size(); i++) {
			ScoreHistory.Point point = history.get(i);
			points.append((i > 0) ? " " : "")
				.append(number(scale.x(point.day())))
				.append(',')
				.append(number(y(point.score().doubleValue())));
		}
		String area = null;
		if (filled && !history.isEmpty()) {
			String baseline = number(y(0));
			area = "M" + number(scale.x(history.get(0).day())) + "," + baseline + " L"
					+ points.toString().replace(" ", " L") + " L"
					+ number(scale.x(history.get(history.size() - 1).day())) + "," + baseline + " Z";
		}
		List<Marker> markers = new ArrayList<>();
		for (VelocityFormula.Move move : input.moves()) {
			if (Cadence.RELEASE_KINDS.contains(move.kind()) && scale.contains(move.occurredOn())) {
				markers.add(new Marker(scale.x(move.occurredOn()), y(onLine(history, move.occurredOn())),
						((input.name() != null) ? input.name() + " " : "") + move.title() + " ("
								+ DAY.format(move.occurredOn()) + ")"));
			}
		}
		BigDecimal latest = history.isEmpty() ? BigDecimal.ZERO : history.get(history.size() - 1).score();
		return new Series(input.name(), index, "series-" + index, DASHES.get(index % DASHES.size()),
				SHAPES.get(index % SHAPES.size()), points.toString(), area, List.copyOf(markers), history, latest,
				null);
	}

	/**
	 * Names each line to the right of its last point, pushing labels apart when lines end
	 * close together, and keeping them inside the drawing.
	 */
	private static void placeDirectLabels(List<Series> series, int plotRight) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			order.add(i);
		}
		order.sort(
				Comparator.comparingDouble((Integer i) -> -series.get(i).latest().doubleValue()).thenComparing(i -> i));
		double[] ys = new double[series.size()];
		double previous = Double.NEGATIVE_INFINITY;
		double top = TOP + FONT * 0.4;
		for (int i : order) {
			double wanted = y(series.get(i).latest().doubleValue()) + FONT * 0.35;
			double placed = Math.max(Math.max(wanted, top), previous + LABEL_SPACING);
			ys[i] = placed;
			previous = placed;
		}
		double overflow = previous - (HEIGHT - BOTTOM + FONT * 0.35);
		if (overflow > 0) {
			for (int i = 0; i < ys.length; i++) {
				ys[i] -= overflow;
			}
		}
		for (int i = 0; i < series.size(); i++) {
			Series line = series.get(i);
			series.set(i, line.withLabel(new Label(plotRight + 6, ys[i], shortName(line.name()), "start")));
		}
	}

	private static int gutter(List<Input> inputs) {
		int longest = inputs.stream().mapToInt((input) -> shortName(input.name()).length()).max().orElse(0);
		return (int) Math.ceil(longest * CHAR_WIDTH) + 8;
	}

	static String shortName(String name) {
		return (name.length() <= LABEL_CHARS) ? name : name.substring(0, LABEL_CHARS - 1).strip() + "…";
	}

	private static List<Label> monthLabels(List<ScoreHistory.Point> reference, Scale scale) {
		List<Label> labels = new ArrayList<>();
		if (reference.isEmpty()) {
			return labels;
		}
		double halfLabel = "Jan '26".length() * CHAR_WIDTH / 2;
		double minGap = 2 * halfLabel + 8;
		int lastMonth = reference.get(0).day().getMonthValue();
		double lastLabelX = Double.NEGATIVE_INFINITY;
		for (ScoreHistory.Point point : reference) {
			int month = point.day().getMonthValue();
			double x = scale.x(point.day());
			if (month != lastMonth && x - lastLabelX >= minGap) {
				// A label that would run past the drawing's right edge ends at its tick
				// instead of centring on it.
				String anchor = (x + halfLabel > WIDTH - 2) ? "end" : "middle";
				labels.add(new Label(x, HEIGHT - 8, MONTH.format(point.day()), anchor));
				lastLabelX = x;
			}
			lastMonth = month;
		}
		return labels;
	}

	/**
	 * The line's score at a day between two weekly points, as drawn (straight between
	 * them), so a marker sits on its line.
	 */
	static double onLine(List<ScoreHistory.Point> history, LocalDate day) {
		for (int i = 1; i < history.size(); i++) {
			ScoreHistory.Point before = history.get(i - 1);
			ScoreHistory.Point after = history.get(i);
			if (!day.isAfter(after.day())) {
				long span = ChronoUnit.DAYS.between(before.day(), after.day());
				double share = (span == 0) ? 1 : (double) ChronoUnit.DAYS.between(before.day(), day) / span;
				return before.score().doubleValue()
						+ share * (after.score().doubleValue() - before.score().doubleValue());
			}
		}
		return history.isEmpty() ? 0 : history.get(history.size() - 1).score().doubleValue();
	}

	private static double y(double score) {
		int plotHeight = HEIGHT - TOP - BOTTOM;
		return TOP + plotHeight * (1 - Math.min(score, VelocityFormula.MAX_SCORE) / VelocityFormula.MAX_SCORE);
	}

	/**
	 * {@code String.format(Locale.ROOT, "%.1f", value)}, which rounds the same shortest
	 * decimal digits half up, without a {@code Formatter} per coordinate: a chart writes
	 * hundreds of them.
	 */
	static String number(double value) {
		String shortest = Double.toString(Math.abs(value));
		int point = shortest.indexOf('.');
		if (!Double.isFinite(value) || point < 0 || shortest.indexOf('E') >= 0) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		// Half up on the shortest digits, as Formatter does: only the first dropped digit
		// decides.
		long tenths = Long.parseLong(shortest, 0, point, 10) * 10 + (shortest.charAt(point + 1) - '0');
		if (point + 2 < shortest.length() && shortest.charAt(point + 2) >= '5') {
			tenths++;
		}
		String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
		return sign + (tenths / 10) + "." + (tenths % 10);
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
	 * What to draw for one product: its name ({@code null} on a chart of one product),
	 * weekly history and its moves (the releases among them are marked).
	 */
	public record Input(String name, List<ScoreHistory.Point> history, List<VelocityFormula.Move> moves) {
	}

	/**
	 * One product's line.
	 *
	 * @param index its position, which picks its colour ({@code cssClass}), dash pattern
	 * and marker shape
	 * @param area the filled area under the line (single-product charts only), or
	 * {@code null}
	 * @param latest its score at the last point
	 * @param label its direct label, or {@code null}
	 */
	public record Series(String name, int index, String cssClass, String dash, String shape, String points, String area,
			List<Marker> markers, List<ScoreHistory.Point> history, BigDecimal latest, Label label) {

		Series withLabel(Label label) {
			return new Series(this.name, this.index, this.cssClass, this.dash, this.shape, this.points, this.area,
					this.markers, this.history, this.latest, label);
		}

	}

	/**
	 * A release on a line, with its name and date for the tooltip.
	 */
	public record Marker(double x, double y, String title) {

		/** The marker's outline as SVG path data, in the series' shape. */
		public String path(String shape) {
			double r = 4.5;
			return switch (shape) {
				case "square" -> "M" + number(this.x - r) + "," + number(this.y - r) + " h9 v9 h-9 Z";
				case "triangle" -> "M" + number(this.x) + "," + number(this.y - r - 1) + " L" + number(this.x + r + 0.5)
						+ "," + number(this.y + r - 0.5) + " L" + number(this.x - r - 0.5) + ","
						+ number(this.y + r - 0.5) + " Z";
				case "diamond" -> "M" + number(this.x) + "," + number(this.y - r - 1) + " L" + number(this.x + r + 1)
						+ "," + number(this.y) + " L" + number(this.x) + "," + number(this.y + r + 1) + " L"
						+ number(this.x - r - 1) + "," + number(this.y) + " Z";
				default -> "M" + number(this.x - r) + "," + number(this.y) + " a" + r + "," + r + " 0 1,0 9,0 a" + r
						+ "," + r + " 0 1,0 -9,0 Z";
			};
		}

	}

	/**
	 * A horizontal guide at a whole score.
	 */
	public record GridLine(double y, String label) {
	}

	/**
	 * A text label; {@code anchor} is its SVG {@code text-anchor}.
	 */
	public record Label(double x, double y, String text, String anchor) {
	}

	/**
	 * One week of the data table.
	 *
	 * @param scores one per series, in series order
	 */
	public record Row(LocalDate day, List<BigDecimal> scores) {
	}

	/** Days to x positions, the same for every line and marker. */
	private record Scale(LocalDate first, LocalDate last, int plotRight) {

		boolean contains(LocalDate day) {
			return this.first != null && !day.isBefore(this.first) && !day.isAfter(this.last);
		}

		double x(LocalDate day) {
			long span = (this.first == null) ? 0 : ChronoUnit.DAYS.between(this.first, this.last);
			if (span == 0) {
				return LEFT;
			}
			return LEFT + (double) (this.plotRight - LEFT) * ChronoUnit.DAYS.between(this.first, day) / span;
		}

	}

}
