package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.seo.PageMeta;

/**
 * Everything {@code alternatives/list.html} renders.
 *
 * @param order how the list is ordered; the page links to the other order
 */
public record AlternativesPage(PageMeta meta, String title, String description, ProductSummary product,
		List<RankedAlternative> alternatives, AlternativesService.Order order) {

	public boolean byVelocity() {
		return this.order == AlternativesService.Order.VELOCITY;
	}

}
