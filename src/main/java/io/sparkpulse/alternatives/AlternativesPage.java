package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;

/**
 * Everything {@code alternatives/list.html} renders.
 */
public record AlternativesPage(String canonicalPath, String title, String description, ProductSummary product,
		List<RankedAlternative> alternatives) {
}
