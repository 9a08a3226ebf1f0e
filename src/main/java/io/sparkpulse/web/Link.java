package io.sparkpulse.web;

/**
 * A labelled link to another page of the site.
 */
public record Link(String label, String href) {
}
