package io.sparkpulse.compare;

/**
 * What a compare URL leads to: the page itself, or a permanent redirect to the URL that
 * owns it.
 */
public sealed interface CompareOutcome {

	record Page(ComparePage page) implements CompareOutcome {
	}

	record MovedTo(String path) implements CompareOutcome {
	}

}
