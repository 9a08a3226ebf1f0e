package io.sparkpulse.catalog;

/**
 * A sector to create.
 */
public record NewSector(String slug, String name, String description) {
}
