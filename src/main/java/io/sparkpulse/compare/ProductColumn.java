package io.sparkpulse.compare;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.web.Monogram;
import io.sparkpulse.web.When;

/**
 * One product's side of a comparison.
 *
 * @param trajectory the current editorial trajectory, or {@code null} if none was written
 * yet
 * @param editorialUpdated when the trajectory was last updated, or {@code null}
 * @param staleNote a warning that the trajectory has fallen behind the product, or
 * {@code null}
 * @param ledger its predictions (the current one and the latest graded), sources and
 * corrections
 * @param mark the product's monogram
 */
public record ProductColumn(ProductSummary product, Trajectory trajectory, When editorialUpdated, String staleNote,
		ProductLedgerView ledger, Monogram mark) {
}