package io.sparkpulse.catalog;

/**
 * A product offered while a reader types its name: enough to show it and to link it.
 */
public record NameSuggestion(String slug, String name, String sector) {
}
