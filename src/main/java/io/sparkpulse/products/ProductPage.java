package io.sparkpulse.products;

import java.util.List;

import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.EditorialText;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.web.When;

/**
 * Everything {@code products/product.html} renders: the full trajectory of one product.
 *
 * @param trajectory the current editorial trajectory, or {@code null}
 * @param editorial the current trajectory ready to show, or {@code null}
 * @param editorialUpdated when it was written, or {@code null}
 * @param earlierRevisions older revisions, newest first, with when each was written
 * @param timeline one page of the activity timeline, newest first
 * @param score why the product has its velocity score: shares and weekly history
 * @param ledger its predictions and their grades, the sources and corrections of its
 * editorial
 * @param compareWith comparisons with the product's closest alternatives
 */
public record ProductPage(PageMeta meta, ProductSummary product, Trajectory trajectory, EditorialText editorial,
		When editorialUpdated, List<Revision> earlierRevisions, List<Dated<ActivityRow>> timeline,
		Pagination pagination, List<RankedAlternative> alternatives, ScoreSection score, ProductLedgerView ledger,
		List<Link> compareWith) {

	public record Revision(int number, String author, When when) {
	}

}
