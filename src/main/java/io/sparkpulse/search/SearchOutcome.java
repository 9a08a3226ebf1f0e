package io.sparkpulse.search;

/**
 * What a search leads to: a page of results, or the comparison it asked for.
 */
public sealed interface SearchOutcome {

	record Results(SearchPage page) implements SearchOutcome {
	}

	/**
	 * A search such as "session vs synapse" whose every name is a product: its canonical
	 * compare page.
	 */
	record Comparison(String path) implements SearchOutcome {
	}

}
