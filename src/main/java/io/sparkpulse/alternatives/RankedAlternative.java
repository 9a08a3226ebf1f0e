package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.Link;

/**
 * An alternative to a product, with the reason it is one: what it shares with the
 * product.
 *
 * @param sharedThemes the themes both ship around, rarest first
 * @param compare the head-to-head comparison with the product, or {@code null} when
 * ranked against several products at once
 * @param reason what it shares, as a phrase ("also a Matrix homeserver; shares matrix,
 * federation")
 * @param sameCategory whether it is of the same category as the product
 */
public record RankedAlternative(int rank, ProductSummary product, List<String> sharedThemes, Link compare,
		String reason, boolean sameCategory) {
}
