package io.sparkpulse.sectors;

import java.util.List;

import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.seo.PageMeta;

/**
 * Everything {@code sectors/list.html} renders.
 */
public record SectorsPage(PageMeta meta, List<SectorSummary> sectors) {
}
