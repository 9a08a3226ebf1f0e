package io.sparkpulse.home;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.Link;

/**
 * Everything {@code home.html} renders.
 *
 * @param comparisons a few comparisons across sectors, each sector's leader against its
 * closest alternative
 */
public record HomePage(PageMeta meta, List<Dated<ActivityRow>> latestSparks, List<ProductSummary> mostActive,
		List<SectorSummary> sectors, List<Link> comparisons) {
}
