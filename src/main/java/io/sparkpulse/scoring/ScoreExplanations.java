package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.activity.ActivityKind;

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

	private final Clock clock;

	ScoreExplanations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public ScoreExplanation explain(long productId) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate from = today.minusWeeks(HISTORY_WEEKS).minusDays(VelocityFormula.HORIZON_DAYS);
		List<VelocityFormula.Move> moves = this.jdbc.sql("""
				select title, kind, occurred_on from activity_move
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
					contribution.move().title(), contribution.move().kind().label(), contribution.move().occurredOn()))
			.toList();
		List<ScoreHistory.Point> history = ScoreHistory.weekly(moves, today, HISTORY_WEEKS);
		return new ScoreExplanation(VelocityFormula.VERSION, shares, others.size(),
				points(others.stream().mapToDouble(VelocityFormula.Contribution::points).sum()), history, moves);
	}

	/**
	 * Several products' weekly histories with the moves behind them, from one indexed
	 * range read for all of them.
	 * @param products the products to trace, in the order of the answer
	 */
	public List<ProductHistory> histories(List<Charted> products) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate from = today.minusWeeks(HISTORY_WEEKS).minusDays(VelocityFormula.HORIZON_DAYS);
		Map<Long, List<VelocityFormula.Move>> moves = new HashMap<>();
		this.jdbc.sql("""
				select product_id, title, kind, occurred_on from activity_move
				where product_id = any(:ids) and occurred_on > :from and occurred_on <= :today and not hidden
				order by product_id, occurred_on desc, id desc
				""")
			.param("ids", products.stream().map(Charted::id).toArray(Long[]::new))
			.param("from", from)
			.param("today", today)
			.query((rs) -> {
				moves.computeIfAbsent(rs.getLong("product_id"), (id) -> new ArrayList<>())
					.add(new VelocityFormula.Move(rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")),
							rs.getObject("occurred_on", LocalDate.class)));
			});
		return products.stream().map((product) -> {
			List<VelocityFormula.Move> own = moves.getOrDefault(product.id(), List.of());
			return new ProductHistory(product.name(), ScoreHistory.weekly(own, today, HISTORY_WEEKS), own);
		}).toList();
	}

	/**
	 * A product whose history is asked for, to be shown beside others.
	 */
	public record Charted(long id, String name) {
	}

	/**
	 * One product's weekly history, oldest first, and its moves, newest first.
	 */
	public record ProductHistory(String name, List<ScoreHistory.Point> weeks, List<VelocityFormula.Move> moves) {
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
