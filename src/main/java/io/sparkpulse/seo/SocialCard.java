package io.sparkpulse.seo;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a social preview image shows: a kicker line, one to four products with their
 * scores, a footnote.
 */
public record SocialCard(String kicker, List<Entry> entries, String footnote) {

	/**
	 * A product and its velocity score ({@code null} for a line without a score).
	 */
	public record Entry(String name, BigDecimal velocity) {
	}

}
