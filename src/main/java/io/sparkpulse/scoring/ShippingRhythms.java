package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.LatestReleases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How products ship, for sentences and tables that compare them: their stored rhythm
 * ({@code product_cadence}, kept by {@link CadenceRecomputer}) and their latest release
 * and release candidate, in one statement for several products (two short walks of
 * {@code activity_item_product_recent_idx} each, from the newest end).
 */
@Service
@Transactional(readOnly = true)
public class ShippingRhythms {

	private final JdbcClient jdbc;

	ShippingRhythms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rhythm of each of these products; one that never shipped has no ship days and
	 * no releases.
	 */
	public Map<Long, Rhythm> of(Collection<Long> productIds) {
		Map<Long, Rhythm> rhythms = new HashMap<>();
		productIds.forEach((id) -> rhythms.put(id, new Rhythm(0, null, null, new LatestReleases(null, null))));
		if (productIds.isEmpty()) {
			return rhythms;
		}
		this.jdbc.sql("""
				select p.id as product_id, c.ship_days, c.median_gap_days, c.last_move_on,
				       a.id, a.occurred_on, a.kind, a.title, a.summary, a.source_url, a.spark
				from unnest(:ids) as p(id)
				left join product_cadence c on c.product_id = p.id
				left join lateral (
				    (select * from activity_move i
				     where i.product_id = p.id and not i.hidden and i.kind in ('RELEASE', 'SECURITY_RELEASE')
				     order by i.occurred_on desc, i.id desc limit 1)
				    union all
				    (select * from activity_move i
				     where i.product_id = p.id and not i.hidden and i.kind = 'RELEASE_CANDIDATE'
				     order by i.occurred_on desc, i.id desc limit 1)
				) a on true
				""").param("ids", productIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			long id = rs.getLong("product_id");
			Rhythm known = rhythms.get(id);
			BigDecimal gap = rs.getBigDecimal("median_gap_days");
			LatestReleases releases = known.releases();
			rs.getLong("id");
			if (!rs.wasNull()) {
				ActivityEntry entry = new ActivityEntry(rs.getLong("id"), id,
						rs.getObject("occurred_on", LocalDate.class), ActivityKind.valueOf(rs.getString("kind")),
						rs.getString("title"), rs.getString("summary"), rs.getString("source_url"),
						rs.getBoolean("spark"));
				releases = (entry.kind() == ActivityKind.RELEASE_CANDIDATE)
						? new LatestReleases(releases.release(), entry)
						: new LatestReleases(entry, releases.preRelease());
			}
			rhythms.put(id, new Rhythm(rs.getInt("ship_days"), (gap != null) ? gap.doubleValue() : null,
					rs.getObject("last_move_on", LocalDate.class), releases));
		});
		return rhythms;
	}

	/**
	 * @param shipDays distinct days with a ship move
	 * @param medianGapDays median days between two of them, or {@code null} with fewer
	 * than two
	 * @param lastMoveOn the latest, or {@code null}
	 * @param releases the latest release and release candidate
	 */
	public record Rhythm(int shipDays, Double medianGapDays, LocalDate lastMoveOn, LatestReleases releases) {
	}

}
