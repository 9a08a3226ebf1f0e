package io.sparkpulse.search;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.web.Pagination;

/**
 * Everything {@code search/results.html} renders. Three states: no query yet (popular
 * products and sectors), results, or nothing found (a "did you mean" from similar names,
 * popular products, sectors).
 *
 * @param query the query as searched (possibly shortened)
 * @param results one page of matching products, best first
 * @param pagination where that page sits; {@code null} when nothing matched
 * @param similar products whose names are close to the query, when the full-text search
 * found nothing
 * @param popular the most active products, shown when there is nothing better to show
 * @param sectors every sector, to browse instead
 * @param capped whether more products match than were ranked (the most active of them
 * were)
 */
public record SearchPage(String title, String description, SearchQuery query, List<Result> results,
		Pagination pagination, List<ProductSummary> similar, List<ProductSummary> popular, List<SectorSummary> sectors,
		boolean capped) {

	public boolean hasResults() {
		return !this.results.isEmpty();
	}

	/**
	 * The product name to offer as "did you mean", or {@code null}.
	 */
	public String suggestion() {
		return this.similar.isEmpty() ? null : this.similar.get(0).name();
	}

	/**
	 * The position of the first result of this page in the whole list, for
	 * {@code <ol start>}.
	 */
	public int firstPosition() {
		return (this.pagination == null) ? 1 : (this.pagination.page() - 1) * SearchService.PAGE_SIZE + 1;
	}

	/**
	 * A matching product with its name, headline, themes and an editorial excerpt,
	 * matches marked.
	 */
	public record Result(ProductSummary product, Highlight name, Highlight headline, Highlight themes,
			Highlight excerpt) {
	}

}
