package io.sparkpulse.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the editors' product list, drafts and retired products included.
 *
 * @param score the velocity score, or {@code null} before the first computation
 */
public record ProductListing(long id, String slug, String name, String sectorName, boolean retired, boolean draft,
		BigDecimal score, Instant updatedAt) {

	/**
	 * Which readers see it: published, draft (never public yet) or retired.
	 */
	public String status() {
		return this.draft ? "Draft" : (this.retired ? "Retired" : "Published");
	}

}
