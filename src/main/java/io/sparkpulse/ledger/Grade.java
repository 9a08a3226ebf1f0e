package io.sparkpulse.ledger;

/**
 * How a prediction turned out, as an editor grades it. Withdrawn predictions stay in the
 * record and count as withdrawn.
 */
public enum Grade {

	CAME_TRUE("came true"), PARTLY("partly came true"), DID_NOT("did not come true"), WITHDRAWN("withdrawn");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The class name pages style the grade with ("came-true").
	 */
	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
