package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the FAQ needs to know about one side of a comparison.
 *
 * @param topAlternatives names of its best-ranked alternatives (other than the compared
 * product)
 */
record FaqSubject(String name, String slug, String sectorName, BigDecimal velocity, int sparks30d, List<String> themes,
		List<String> topAlternatives) {
}
