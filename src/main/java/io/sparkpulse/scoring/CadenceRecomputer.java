package io.sparkpulse.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code product_cadence} true with one set-based statement: ship days, the median
 * gap between them, and whether the product is {@link Cadence quieter than usual} today.
 */
@Service
@Transactional
public class CadenceRecomputer {

	private static final String RECOMPUTE = """
			insert into product_cadence (product_id, ship_days, median_gap_days, last_move_on, quiet, computed_for)
			select p.id, coalesce(g.ship_days, 0), g.median_gap, g.last_move_on,
			       coalesce(g.ship_days >= :minShipDays and (:today - g.last_move_on) > :factor * g.median_gap, false),
			       :today
			from catalog_product p
			left join (
			    select product_id, count(*) as ship_days, max(occurred_on) as last_move_on,
			           round(percentile_cont(0.5) within group (order by gap)::numeric, 1) as median_gap
			    from (
			        select product_id, occurred_on,
			               occurred_on - lag(occurred_on) over (partition by product_id order by occurred_on) as gap
			        from (select distinct product_id, occurred_on from activity_move
			              where occurred_on <= :today and not hidden %1$s) days
			    ) gaps
			    group by product_id
			) g on g.product_id = p.id
			where true %2$s
			on conflict (product_id) do update set
			    ship_days = excluded.ship_days, median_gap_days = excluded.median_gap_days,
			    last_move_on = excluded.last_move_on, quiet = excluded.quiet, computed_for = excluded.computed_for
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CadenceRecomputer(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void recompute(Collection<Long> productIds) {
		if (!productIds.isEmpty()) {
			this.jdbc.sql(RECOMPUTE.formatted("and product_id = any(:ids)", "and p.id = any(:ids)"))
				.param("ids", productIds.toArray(Long[]::new))
				.param("today", today())
				.param("factor", Cadence.QUIET_FACTOR)
				.param("minShipDays", Cadence.MIN_SHIP_DAYS)
				.update();
		}
	}

	@Transactional(timeout = 300)
	public int recomputeAll() {
		return this.jdbc.sql(RECOMPUTE.formatted("", ""))
			.param("today", today())
			.param("factor", Cadence.QUIET_FACTOR)
			.param("minShipDays", Cadence.MIN_SHIP_DAYS)
			.update();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}
