package io.sparkpulse.facts;

import java.util.List;

/**
 * Everything an editor saves about a product at once: the category and each fact with its
 * source (any may be {@code null}: not known).
 */
public record FactsDraft(String category, Sourced<Licence> licence, Sourced<Hosting> hosting,
		Sourced<List<String>> platforms, Sourced<String> language, Sourced<Pricing> pricing,
		Sourced<Integer> firstRelease, Sourced<Adoption> adoption) {
}
