package io.sparkpulse.products;

import java.util.List;

import io.sparkpulse.charts.ScoreChart;
import io.sparkpulse.scoring.ScoreExplanation;
import io.sparkpulse.scoring.ScoreHistory;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.When;

/**
 * The score section of a product page: the explanation {@code scoring} gives, with each
 * share's moment as readers see it and the history drawn as a chart.
 *
 * @param contributions the largest shares, largest first
 * @param otherMoves how many other moves still carry points
 * @param otherPoints what those other moves add together
 * @param history one point per week for the last year, oldest first
 */
public record ScoreSection(int formulaVersion, List<Share> contributions, int otherMoves, String otherPoints,
		List<ScoreHistory.Point> history, ScoreChart chart) {

	static ScoreSection of(ScoreExplanation explanation, RelativeTime time) {
		return new ScoreSection(explanation.formulaVersion(),
				explanation.contributions()
					.stream()
					.map((share) -> new Share(share.points(), share.title(), share.kind(), time.of(share.occurredOn())))
					.toList(),
				explanation.otherMoves(), explanation.otherPoints(), explanation.history(),
				ScoreChart.of(List.of(new ScoreChart.Input(null, explanation.history(), explanation.moves())), false));
	}

	/**
	 * One move's share of the score ("+0.6 from 1.154.0, 8 days ago").
	 */
	public record Share(String points, String title, String kind, When when) {
	}

}
