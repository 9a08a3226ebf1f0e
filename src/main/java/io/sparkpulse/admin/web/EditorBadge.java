package io.sparkpulse.admin.web;

/**
 * Who is signed in, as every admin page's navigation shows it.
 */
public record EditorBadge(String name, boolean admin) {
}
