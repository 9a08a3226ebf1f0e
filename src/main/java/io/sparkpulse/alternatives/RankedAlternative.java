package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.Link;

/**
 * An alternative to a product, with the reason it is one: the themes both ship around.
 */
public record RankedAlternative(int rank, ProductSummary product, List<String> sharedThemes, Link compare) {
}
