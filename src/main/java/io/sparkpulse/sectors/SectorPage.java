package io.sparkpulse.sectors;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.When;

/**
 * Everything {@code sectors/sector.html} renders: one page of a sector's products ranked
 * by velocity.
 *
 * @param pagination which page of the ranking this is
 * @param comparisons the best comparisons among the sector's most active products (first
 * page only)
 */
public record SectorPage(PageMeta meta, String title, String description, SectorSummary sector, List<Entry> products,
		Pagination pagination, List<Link> comparisons) {

	/**
	 * @param lastMove when the product last shipped, or {@code null} if never
	 */
	public record Entry(int rank, ProductSummary product, When lastMove) {
	}

}
