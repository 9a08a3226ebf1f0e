package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.web.RelativeTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explains a product's score from its moves of the last two years (one indexed range
 * read): the shares behind today's score and the weekly history. Both are derived with
 * the same pure formula that produced the stored score, so they always agree with it.
 */
@Service
@Transactional(readOnly = true)
public class ScoreExplanations {

	static final int HISTORY_WEEKS = 52;

	/**
	 * Shares that round to 0.1 or more are listed one by one; smaller ones are summed up.
	 */
	static final double VISIBLE_SHARE = 0.05;

	/**
	 * At most this many shares are listed, the largest; the others are summed up with the
	 * faded ones: a product shipping every day would otherwise list hundreds of moves.
	 */
	static final int LISTED_SHARES = 10;

	private final JdbcClient jdbc;

	private final RelativeTime time;

	ScoreExplanations(JdbcClient jdbc, RelativeTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	public ScoreExplanation explain(long productId) {
		LocalDate today = this.time.today();
		LocalDate from = today.minusWeeks(HISTORY_WEEKS).minusDays(VelocityFormula.HORIZON_DAYS);
		List<VelocityFormula.Move> moves = this.jdbc.sql("""
				select title, kind, occurred_on from activity_item
				where product_id = :id and occurred_on > :from and occurred_on <= :today and not hidden
				order by occurred_on desc, id desc
				""")
			.param("id", productId)
			.param("from", from)
			.param("today", today)
			.query((rs, row) -> new VelocityFormula.Move(rs.getString("title"),
					ActivityKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class)))
			.list();
		List<VelocityFormula.Contribution> contributions = VelocityFormula.score(moves, today).contributions();
		List<VelocityFormula.Contribution> listed = listed(contributions);
		List<VelocityFormula.Contribution> others = contributions.subList(listed.size(), contributions.size());
		List<ScoreExplanation.Share> shares = listed.stream()
			.map((contribution) -> new ScoreExplanation.Share(points(contribution.points()),
					contribution.move().title(), contribution.move().kind().label(),
					this.time.of(contribution.move().occurredOn())))
			.toList();
		List<ScoreHistory.Point> history = ScoreHistory.weekly(moves, today, HISTORY_WEEKS);
		return new ScoreExplanation(VelocityFormula.VERSION, shares, others.size(),
				points(others.stream().mapToDouble(VelocityFormula.Contribution::points).sum()), history,
				ScoreChart.of(history));
	}

	/**
	 * The contributions listed one by one: the largest {@value #LISTED_SHARES} of those
	 * worth at least {@value #VISIBLE_SHARE} points ({@code contributions} come largest
	 * first).
	 */
	static List<VelocityFormula.Contribution> listed(List<VelocityFormula.Contribution> contributions) {
		return contributions.stream()
			.takeWhile((contribution) -> contribution.points() >= VISIBLE_SHARE)
			.limit(LISTED_SHARES)
			.toList();
	}

	static String points(double points) {
		BigDecimal rounded = BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? "<0.1" : rounded.toPlainString();
	}

}
