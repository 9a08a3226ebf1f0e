package io.sparkpulse.seo;

/**
 * One step of a breadcrumb trail; the last step is the page itself.
 */
public record Crumb(String name, String path) {
}
