package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.charts.ScoreChart;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.Link;

/**
 * Everything {@code compare/pair.html} renders for two to four products, in the order the
 * page shows it.
 *
 * @param meta how the page describes itself (title, description, canonical path,
 * structured data)
 * @param title the page's heading ("Session vs Synapse")
 * @param columns the compared products, in canonical (alphabetical) order
 * @param names the products' names as a phrase ("Session and Synapse", "A, B and C")
 * @param sectorLabel the sectors involved, each named once ("Comms", "Comms · Databases")
 * @param chart the products' weekly score histories in one chart, in column order
 * @param movesEach at most this many of each product's latest moves are in
 * {@code activity}
 * @param decision the verdict, bottom line, kinds and facts of the products
 * @param extension the best third product for a pair, or {@code null}
 */
public record ComparePage(PageMeta meta, String title, String names, String sectorLabel, List<ProductColumn> columns,
		List<AlternativeCard> alternatives, List<Dated<ActivityRow>> activity, List<Faq> faqs, ScoreChart chart,
		int movesEach, CompareDecision decision, ComparisonLinks.Extension extension) {

	/**
	 * How many more products the "add a product" form may add.
	 */
	public int room() {
		return Math.max(0, ComparePath.MAX_PRODUCTS - this.columns.size());
	}

	/**
	 * An alternative to the compared products, with head-to-head links against each of
	 * them.
	 */
	public record AlternativeCard(ProductSummary product, List<Link> links, String reason) {
	}

}
