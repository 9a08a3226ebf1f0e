package io.sparkpulse.home;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;

/**
 * Everything {@code home.html} renders.
 */
public record HomePage(String description, List<ActivityRow> latestSparks, List<ProductSummary> mostActive,
		List<SectorSummary> sectors) {
}
