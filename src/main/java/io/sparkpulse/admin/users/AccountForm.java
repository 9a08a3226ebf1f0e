package io.sparkpulse.admin.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that creates an account, with the first password its owner signs in with.
 */
public class AccountForm {

	@NotBlank(message = "Enter the e-mail address they sign in with.")
	@Email(message = "Enter an e-mail address like name@example.org.")
	@Size(max = 254, message = "Keep the address to 254 characters.")
	private String email;

	@NotBlank(message = "Enter their name, as revisions will show it.")
	@Size(max = 80, message = "Keep the name to 80 characters.")
	private String displayName;

	@NotNull(message = "Choose a role.")
	private Role role = Role.EDITOR;

	@NotNull(message = "Enter a first password.")
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "Use 12 to 64 characters.")
	private String password;

	NewAccount account() {
		return new NewAccount(this.email, this.displayName, this.role, this.password);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
