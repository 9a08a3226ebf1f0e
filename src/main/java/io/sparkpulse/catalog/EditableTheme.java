package io.sparkpulse.catalog;

/**
 * A theme as editors see it: its slug (what pages show), name, how many products rank it,
 * and the version an edit must start from.
 */
public record EditableTheme(long id, String slug, String name, int products, long version) {
}
