package io.sparkpulse.ledger;

/**
 * The parts of a trajectory a correction can touch; the two that carry sources are
 * {@link #CURRENT_STATE} and {@link #HEADING}.
 */
public enum EditorialBlock {

	HEADLINE("Headline"), CURRENT_STATE("Current state"), HEADING("Where it’s heading"), PREDICTION("Prediction");

	private final String label;

	EditorialBlock(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean carriesSources() {
		return this == CURRENT_STATE || this == HEADING;
	}

}
