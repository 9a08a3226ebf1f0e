package io.sparkpulse.facts;

/**
 * How a product is paid for.
 */
public enum Pricing {

	FREE("Free"), OPEN_CORE("Open core"), FREEMIUM("Freemium"), PAID("Paid");

	private final String label;

	Pricing(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
