package io.sparkpulse.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.scoring.ScoreHistory;
import io.sparkpulse.scoring.VelocityFormula;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private final List<VelocityFormula.Move> busy = List.of(
			new VelocityFormula.Move("2.0", ActivityKind.RELEASE, TODAY.minusDays(10)),
			new VelocityFormula.Move("2.0-rc1", ActivityKind.RELEASE_CANDIDATE, TODAY.minusDays(20)),
			new VelocityFormula.Move("1.9", ActivityKind.RELEASE, TODAY.minusDays(100)));

	private final List<VelocityFormula.Move> quiet = List
		.of(new VelocityFormula.Move("0.3", ActivityKind.RELEASE, TODAY.minusDays(200)));

	@Test
	void monthLabelsCarryTheYearAndNoneRunsPastTheRightEdge() {
		ScoreChart chart = ScoreChart.of(ScoreHistory.weekly(this.busy, TODAY, 52));
		assertThat(chart.labels()).extracting(ScoreChart.Label::text)
			.allSatisfy((text) -> assertThat(text).matches("[A-Z][a-z]{2} '2[56]"))
			.contains("Jan '26");
		for (ScoreChart.Label label : chart.labels()) {
			double half = label.text().length() * ScoreChart.CHAR_WIDTH / 2;
			double right = label.anchor().equals("end") ? label.x() : label.x() + half;
			double left = label.anchor().equals("end") ? label.x() - 2 * half : label.x() - half;
			assertThat(right).isLessThanOrEqualTo(chart.width());
			assertThat(left).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void severalProductsGetOneLineEachWithItsOwnDashShapeAndLabel() {
		ScoreChart chart = ScoreChart
			.of(List.of(new ScoreChart.Input("Busy", ScoreHistory.weekly(this.busy, TODAY, 52), this.busy),
					new ScoreChart.Input("A product with a long name", ScoreHistory.weekly(this.quiet, TODAY, 52),
							this.quiet)),
					true);
		assertThat(chart.series()).hasSize(2);
		assertThat(chart.series()).extracting(ScoreChart.Series::dash).doesNotHaveDuplicates();
		assertThat(chart.series()).extracting(ScoreChart.Series::shape).doesNotHaveDuplicates();
		assertThat(chart.series()).extracting((series) -> series.label().text())
			.containsExactly("Busy", "A product wit…");
		for (ScoreChart.Series series : chart.series()) {
			double right = series.label().x() + series.label().text().length() * ScoreChart.CHAR_WIDTH;
			assertThat(right).isLessThanOrEqualTo(chart.width());
			assertThat(series.area()).isNull();
		}
		assertThat(chart.yAxisTitle()).isEqualTo("Velocity score");
		assertThat(chart.rows()).hasSize(52);
		assertThat(chart.rows().get(51).scores()).hasSize(2);
	}

	@Test
	void releasesAreMarkedOnTheirLineAndCandidatesAreNot() {
		ScoreChart chart = ScoreChart
			.of(List.of(new ScoreChart.Input("Busy", ScoreHistory.weekly(this.busy, TODAY, 52), this.busy)), true);
		assertThat(chart.series().get(0).markers()).extracting(ScoreChart.Marker::title)
			.containsExactlyInAnyOrder("Busy 2.0 (5 Jun 2026)", "Busy 1.9 (7 Mar 2026)");
	}

	@Test
	void directLabelsOfLinesEndingTogetherArePushedApart() {
		List<ScoreChart.Input> same = List.of(
				new ScoreChart.Input("One", ScoreHistory.weekly(this.busy, TODAY, 52), this.busy),
				new ScoreChart.Input("Two", ScoreHistory.weekly(this.busy, TODAY, 52), this.busy),
				new ScoreChart.Input("Three", ScoreHistory.weekly(this.busy, TODAY, 52), this.busy));
		List<Double> ys = ScoreChart.of(same, true)
			.series()
			.stream()
			.map((series) -> series.label().y())
			.sorted()
			.toList();
		assertThat(ys.get(1) - ys.get(0)).isGreaterThanOrEqualTo(ScoreChart.LABEL_SPACING);
		assertThat(ys.get(2) - ys.get(1)).isGreaterThanOrEqualTo(ScoreChart.LABEL_SPACING);
		assertThat(ys.get(2)).isLessThanOrEqualTo(ScoreChart.HEIGHT);
	}

	@Test
	void coordinatesAreWrittenExactlyAsFormatWritesThemWithOneDecimal() {
		SplittableRandom random = new SplittableRandom(42);
		List<Double> edges = List.of(0.0, -0.0, 0.05, 0.15, 0.25, 0.35, -0.04, -0.05, 2.45, 99.95, 9.96, 0.96, 999.99,
				0.001, 1e7, 1e-5, 123.45, Double.NaN, Double.POSITIVE_INFINITY);
		for (double value : edges) {
			assertThat(ScoreChart.number(value)).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
		}
		for (int i = 0; i < 200_000; i++) {
			double value = (random.nextDouble() - 0.1) * 1000;
			double tenths = Math.round(value * 100) / 100.0;
			assertThat(ScoreChart.number(value)).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
			assertThat(ScoreChart.number(tenths)).isEqualTo(String.format(Locale.ROOT, "%.1f", tenths));
		}
	}

}
