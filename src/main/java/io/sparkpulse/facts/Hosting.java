package io.sparkpulse.facts;

/**
 * Where a product runs: on its users' own machines or servers, as a service its maker
 * hosts, or either.
 */
public enum Hosting {

	SELF_HOSTED("Self-hosted"), HOSTED("Hosted service"), BOTH("Self-hosted or hosted");

	private final String label;

	Hosting(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
