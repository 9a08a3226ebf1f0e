package io.sparkpulse.facts;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One public adoption figure and what it counts ("GitHub stars", "monthly downloads").
 */
public record Adoption(long count, String measure) {

	/**
	 * "12,400 GitHub stars".
	 */
	public String label() {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(this.count) + " " + this.measure;
	}

}
