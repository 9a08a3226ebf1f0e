package io.sparkpulse.admin.web;

/**
 * One choice of a select field.
 */
public record Option(String value, String label) {
}
