package io.sparkpulse.alternatives;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.facts.ProductFacts;

/**
 * What similarity compares about a product: its themes (on the summary, most important
 * first) and its facts.
 */
public record PeerProfile(ProductSummary product, ProductFacts facts) {

	public long productId() {
		return this.product.id();
	}

	public long sectorId() {
		return this.product.sector().id();
	}

	public java.util.List<String> themes() {
		return this.product.themes();
	}

}
