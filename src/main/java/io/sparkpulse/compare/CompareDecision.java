package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.web.Link;
import io.sparkpulse.web.When;

/**
 * What a compare page offers a reader deciding between the products: an editor's verdict
 * when one was written, the bottom line from the data, a warning when the products are
 * not of one kind (with comparisons of like with like), and their facts side by side.
 *
 * @param verdictHtml the editors' verdict on the pair, rendered from Markdown, or
 * {@code null}
 * @param verdictUpdated when the verdict was last revised, or {@code null}
 * @param bottomLine two or three sentences written from the data
 * @param kinds why the products are not peers, or {@code null} when they are of one kind
 * @param closerComparisons comparisons of each product with the closest product of its
 * own category
 * @param crossSector whether the products come from different sectors: the page is not
 * indexed and lists no shared alternatives
 * @param facts the facts rows of the at-a-glance table
 */
public record CompareDecision(String verdictHtml, When verdictUpdated, List<String> bottomLine, String kinds,
		List<Link> closerComparisons, boolean crossSector, FactsTable.Table facts) {
}
