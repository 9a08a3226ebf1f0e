package io.sparkpulse.editorial;

/**
 * A current trajectory as a page shows it in its editorial block: the headline, the three
 * texts already rendered from Markdown to sanitised HTML, and the warning shown when the
 * trajectory has fallen behind the product.
 *
 * @param staleNote what readers are told when the trajectory is stale, or {@code null}
 */
public record EditorialText(String headline, String currentStateHtml, String headingHtml, String predictionHtml,
		String staleNote) {

}
