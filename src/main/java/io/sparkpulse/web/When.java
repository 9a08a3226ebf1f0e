package io.sparkpulse.web;

/**
 * A moment as a page shows it: a relative label ("3d ago") and the exact value for
 * {@code <time datetime>}.
 *
 * @param datetime machine-readable value (ISO date or instant)
 * @param label relative label for readers
 * @param exact the exact date in words, for the tooltip
 */
public record When(String datetime, String label, String exact) {
}
