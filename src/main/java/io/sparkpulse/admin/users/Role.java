package io.sparkpulse.admin.users;

/**
 * What an account may do: editors change content; admins also manage accounts.
 */
public enum Role {

	EDITOR("Editor"),

	ADMIN("Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
