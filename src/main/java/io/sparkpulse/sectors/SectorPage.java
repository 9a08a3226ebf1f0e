package io.sparkpulse.sectors;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.web.When;

/**
 * Everything {@code sectors/sector.html} renders: a sector's products ranked by velocity.
 */
public record SectorPage(PageMeta meta, String title, String description, SectorSummary sector, List<Entry> products) {

	/**
	 * @param lastMove when the product last shipped, or {@code null} if never
	 */
	public record Entry(int rank, ProductSummary product, When lastMove) {
	}

}
