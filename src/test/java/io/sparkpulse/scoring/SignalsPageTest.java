package io.sparkpulse.scoring;

import java.time.Duration;
import java.util.List;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.editorial.EditorialCommands;
import io.sparkpulse.editorial.TrajectoryDraft;
import io.sparkpulse.support.CommitWork;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signals no peer shows: "quieter than usual" and stale editorial, on real pages.
 */
@PageTest
@Transactional
class SignalsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	EditorialCommands editorial;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProductSilentForThreeTimesItsUsualGapIsQuieterThanUsual() throws Exception {
		long product = product("weekly-shipper");
		for (int week = 0; week < 6; week++) {
			move(product, 40 + 7 * week);
		}
		CommitWork.runNow();
		Document page = Html.fetch(this.mvc, "/products/weekly-shipper");
		assertThat(page.selectFirst(".facts").text()).contains("quieter than usual");
	}

	@Test
	void aProductWithinItsRhythmIsNotFlagged() throws Exception {
		long product = product("steady-shipper");
		for (int week = 0; week < 6; week++) {
			move(product, 3 + 7 * week);
		}
		CommitWork.runNow();
		assertThat(Html.fetch(this.mvc, "/products/steady-shipper").select(".quiet-badge")).isEmpty();
	}

	@Test
	void theStoredFlagsFollowTheDocumentedRule() {
		this.jdbc.sql("select c.ship_days, c.median_gap_days, c.last_move_on, c.quiet from product_cadence c")
			.query((rs) -> {
				long daysSince = (rs.getObject("last_move_on") == null) ? 0 : java.time.temporal.ChronoUnit.DAYS
					.between(rs.getObject("last_move_on", java.time.LocalDate.class), FixedClock.TODAY);
				Double gap = (rs.getBigDecimal("median_gap_days") != null)
						? rs.getBigDecimal("median_gap_days").doubleValue() : null;
				assertThat(rs.getBoolean("quiet")).isEqualTo(Cadence.isQuiet(daysSince, gap, rs.getInt("ship_days")));
			});
	}

	@Test
	void anOldTrajectoryWithMovesSinceSaysItIsBehind() throws Exception {
		long product = product("stale-take");
		this.editorial.revise(product, new TrajectoryDraft("An old take", "State.", "Heading.", "Prediction."), "ada",
				FixedClock.NOW.minus(Duration.ofDays(94)));
		for (int daysAgo : List.of(80, 50, 20, 5)) {
			move(product, daysAgo);
		}
		Document page = Html.fetch(this.mvc, "/products/stale-take");
		assertThat(page.selectFirst("#trajectory .stale-note").text())
			.isEqualTo("Editorial updated 94 days ago; 4 moves since.");
	}

	@Test
	void aRecentTrajectoryCarriesNoWarning() throws Exception {
		long product = product("fresh-take");
		this.editorial.revise(product, new TrajectoryDraft("A fresh take", "State.", "Heading.", "Prediction."), "ada",
				FixedClock.NOW.minus(Duration.ofDays(10)));
		move(product, 5);
		assertThat(Html.fetch(this.mvc, "/products/fresh-take").select(".stale-note")).isEmpty();
	}

	private long product(String slug) {
		long sector = this.catalog.createSector(new NewSector(slug + "-sector", "Signals " + slug, ""));
		return this.catalog.createProduct(
				new NewProduct(slug, slug, sector, "A product for signal tests", "", null, null, List.of("signals")));
	}

	private void move(long product, int daysAgo) {
		this.activity.record(product, new NewActivity(FixedClock.TODAY.minusDays(daysAgo), ActivityKind.RELEASE,
				"v" + daysAgo, null, null, false));
	}

}
