package io.sparkpulse.catalog;

/**
 * A sector with the number of products the site tracks in it.
 */
public record SectorSummary(long id, String slug, String name, String description, int productCount) {
}
