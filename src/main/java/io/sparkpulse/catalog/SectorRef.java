package io.sparkpulse.catalog;

/**
 * The sector a product belongs to, as much as a card needs.
 */
public record SectorRef(long id, String slug, String name) {
}
