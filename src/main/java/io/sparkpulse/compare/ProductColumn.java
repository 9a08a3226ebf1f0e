package io.sparkpulse.compare;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.EditorialText;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.web.Monogram;
import io.sparkpulse.web.When;

/**
 * One product's side of a comparison.
 *
 * @param editorial the current editorial trajectory, ready to show, or {@code null} if
 * none was written yet
 * @param editorialUpdated when the trajectory was last updated, or {@code null}
 * @param ledger its predictions (the current one and the latest graded), sources and
 * corrections
 * @param mark the product's monogram
 */
public record ProductColumn(ProductSummary product, EditorialText editorial, When editorialUpdated,
		ProductLedgerView ledger, Monogram mark) {
}