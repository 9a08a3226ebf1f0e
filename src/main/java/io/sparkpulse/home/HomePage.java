package io.sparkpulse.home;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.seo.PageMeta;

/**
 * Everything {@code home.html} renders.
 */
public record HomePage(PageMeta meta, List<ActivityRow> latestSparks, List<ProductSummary> mostActive,
		List<SectorSummary> sectors) {
}
