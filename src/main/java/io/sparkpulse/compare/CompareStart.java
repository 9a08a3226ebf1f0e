package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.ComparePath;

/**
 * What the "Compare with…" form leads to: the canonical compare page, or the form again.
 */
public sealed interface CompareStart {

	static CompareStart redirect(String path) {
		return new GoTo(path);
	}

	static CompareStart form(List<ProductSummary> chosen, List<String> typed, String problem) {
		return new Form(List.copyOf(chosen), List.copyOf(typed), problem);
	}

	/**
	 * The compare page the form asked for (a 303, as for any form answer).
	 */
	record GoTo(String path) implements CompareStart {
	}

	/**
	 * The form to fill in (again).
	 *
	 * @param chosen products already picked, kept as hidden fields
	 * @param typed what the reader typed, shown back
	 * @param problem why the form could not lead to a comparison, or {@code null} on a
	 * first visit
	 */
	record Form(List<ProductSummary> chosen, List<String> typed, String problem) implements CompareStart {

		/** How many more products may be added to those chosen. */
		public int room() {
			return Math.max(0, ComparePath.MAX_PRODUCTS - this.chosen.size());
		}

		/** The text fields to show: enough for a pair, none beyond the maximum. */
		public int fields() {
			return Math.min(room(), Math.max(1, ComparePath.MIN_PRODUCTS - this.chosen.size()));
		}

		public String typedAt(int index) {
			return (index < this.typed.size()) ? this.typed.get(index) : "";
		}

	}

}
