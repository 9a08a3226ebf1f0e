package io.sparkpulse.catalog;

/**
 * A sector as editors see it, with the version an edit must start from.
 */
public record EditableSector(long id, String slug, String name, String description, long version) {
}
