package io.sparkpulse.admin.web;

/**
 * What the banner above a preview says and offers.
 *
 * @param kind {@code draft} (offers to publish), {@code product} (a published or retired
 * product, as readers see it) or {@code trajectory} (text not saved yet, offers to save
 * it or go on editing)
 * @param version the product's version, for the publish button
 */
public record PreviewBanner(String kind, String title, String note, long productId, long version) {

}
