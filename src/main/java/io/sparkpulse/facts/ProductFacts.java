package io.sparkpulse.facts;

import java.util.List;

/**
 * What editors entered about a product: its category among its sector's peers and its
 * sourced facts. A fact nobody entered is {@code null}; pages say "unknown" for it.
 *
 * @param category the kind of product within its sector ("Matrix homeserver"), or
 * {@code null}
 * @param platforms where it runs or what it ships for ("Linux", "Android", "Web")
 * @param version the version an edit must start from (0 while nothing was saved)
 */
public record ProductFacts(long productId, String category, Sourced<Licence> licence, Sourced<Hosting> hosting,
		Sourced<List<String>> platforms, Sourced<String> language, Sourced<Pricing> pricing,
		Sourced<Integer> firstRelease, Sourced<Adoption> adoption, long version) {

	public static ProductFacts none(long productId) {
		return new ProductFacts(productId, null, null, null, null, null, null, null, null, 0);
	}

	/**
	 * The facts as a draft, for an edit that starts from them.
	 */
	public FactsDraft draft() {
		return new FactsDraft(this.category, this.licence, this.hosting, this.platforms, this.language, this.pricing,
				this.firstRelease, this.adoption);
	}

}
