package io.sparkpulse.web;

/**
 * Something a page lists beside its moment as readers see it: the item keeps its date,
 * the page adds the label.
 *
 * @param item what is listed
 * @param when its moment, labelled
 */
public record Dated<T>(T item, When when) {
}
