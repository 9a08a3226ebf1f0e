package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.seo.PageMeta;

/**
 * Everything {@code alternatives/list.html} renders.
 */
public record AlternativesPage(PageMeta meta, String title, String description, ProductSummary product,
		List<RankedAlternative> alternatives) {
}
