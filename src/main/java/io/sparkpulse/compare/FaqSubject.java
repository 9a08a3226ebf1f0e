package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.util.List;

import io.sparkpulse.catalog.ShipRhythm;

/**
 * What the FAQ needs to know about one side of a comparison.
 *
 * @param headline what the product is, in a line (may be blank)
 * @param rhythm its rank and release figures
 * @param topAlternatives names of its best-ranked alternatives (other than the compared
 * products)
 */
record FaqSubject(String name, String slug, String sectorName, String headline, BigDecimal velocity, int sparks30d,
		List<String> themes, ShipRhythm rhythm, List<String> topAlternatives) {
}
