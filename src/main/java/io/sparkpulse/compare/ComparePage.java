package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.Link;

/**
 * Everything {@code compare/pair.html} renders, in the order the page shows it.
 */
public record ComparePage(String canonicalPath, String title, String description, ProductColumn first,
		ProductColumn second, List<AlternativeCard> alternatives, List<ActivityRow> activity, List<Faq> faqs) {

	/**
	 * An alternative to both products, with head-to-head links against each of them.
	 */
	public record AlternativeCard(ProductSummary product, List<Link> links) {
	}

	public String sectorLabel() {
		String a = this.first.product().sector().name();
		String b = this.second.product().sector().name();
		return a.equals(b) ? a : a + " · " + b;
	}

}
