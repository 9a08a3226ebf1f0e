package io.sparkpulse.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The figures beside a product's velocity score, stored with it: where it ranks in its
 * sector and how regularly it releases. Each figure is {@code null} until the product's
 * score has been computed with it.
 *
 * @param sectorRank its place in its sector's ranking, 1 for the first
 * @param sectorSize how many products that ranking holds
 * @param releases90d releases (stable and security) in the 90 days up to
 * {@code computedFor}
 * @param medianReleaseGapDays median days between release days over the last year, or
 * {@code null} with fewer than two release days in it
 * @param lastReleaseOn its latest release ever, or {@code null} if it never released
 * @param moves365d ship moves of any kind in the last year
 * @param lastMoveOn its latest ship move, or {@code null}
 * @param computedFor the day the figures were computed for
 */
public record ShipRhythm(Integer sectorRank, Integer sectorSize, Integer releases90d, BigDecimal medianReleaseGapDays,
		LocalDate lastReleaseOn, Integer moves365d, LocalDate lastMoveOn, LocalDate computedFor) {

	public boolean isComputed() {
		return this.releases90d != null && this.moves365d != null;
	}

	/** "#2 of 13 in Comms", or {@code null} when not ranked yet. */
	public String rankIn(String sectorName) {
		if (this.sectorRank == null || this.sectorSize == null) {
			return null;
		}
		return "#" + this.sectorRank + " of " + this.sectorSize + " in " + sectorName;
	}

	/** Days from its latest release to the day of the figures, or {@code null}. */
	public Long daysSinceLastRelease() {
		if (this.lastReleaseOn == null || this.computedFor == null) {
			return null;
		}
		return ChronoUnit.DAYS.between(this.lastReleaseOn, this.computedFor);
	}

	/** The median gap without a needless ".0" ("12", "4.5"), or {@code null}. */
	public String medianGap() {
		return (this.medianReleaseGapDays != null) ? this.medianReleaseGapDays.stripTrailingZeros().toPlainString()
				: null;
	}

	/**
	 * How much it shipped in the last year, for a product whose score alone says nothing:
	 * "4 moves in the last year", "No move in the last year" (pages add the date of the
	 * latest move), or "No ship move recorded yet".
	 */
	public String movesLastYear() {
		if (this.lastMoveOn == null) {
			return "No ship move recorded yet";
		}
		if (this.moves365d == null || this.moves365d == 0) {
			return "No move in the last year";
		}
		return this.moves365d + ((this.moves365d == 1) ? " move" : " moves") + " in the last year";
	}

	/** The release figures in one line, for a card or a table cell. */
	public String releases() {
		if (!isComputed()) {
			return null;
		}
		StringBuilder line = new StringBuilder();
		line.append(this.releases90d).append((this.releases90d == 1) ? " release" : " releases").append(" in 90 days");
		if (this.medianReleaseGapDays != null) {
			line.append(" · every ").append(medianGap()).append(" days (median)");
		}
		Long since = daysSinceLastRelease();
		if (since != null) {
			line.append(" · ").append(since).append((since == 1) ? " day" : " days").append(" since the last");
		}
		else {
			line.append(" · no release yet");
		}
		return line.toString();
	}

}
