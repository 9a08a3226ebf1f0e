package io.sparkpulse.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A product with its sector, ranked themes and stored velocity figures: everything a card
 * or an "at a glance" column shows.
 *
 * @param velocity the stored velocity score (0.0 until the first computation)
 * @param sparks30d editorial sparks in the 30 days up to the score's day
 * @param lastMoveOn date of the latest ship move, or {@code null} if it never shipped
 * @param quieterThanUsual whether its silence is long for its own rhythm (see
 * {@code scoring.Cadence})
 * @param themes theme slugs, most important first
 * @param rhythm the figures beside the score: sector rank and release cadence
 */
public record ProductSummary(long id, String slug, String name, String headline, String summary, String websiteUrl,
		String repositoryUrl, SectorRef sector, BigDecimal velocity, int sparks30d, LocalDate lastMoveOn,
		boolean quieterThanUsual, List<String> themes, ShipRhythm rhythm) {

	public List<String> topThemes(int count) {
		return this.themes.subList(0, Math.min(count, this.themes.size()));
	}

}
