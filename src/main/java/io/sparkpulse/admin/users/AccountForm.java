package io.sparkpulse.admin.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that creates an account, with the first password its owner signs in with.
 */
public class AccountForm {

	@NotBlank(message = "E-mail address: enter the e-mail address they sign in with.")
	@Email(message = "E-mail address: enter an e-mail address like name@example.org.")
	@Size(max = 254, message = "E-mail address: keep this to 254 characters.")
	private String email;

	@NotBlank(message = "Name: enter their name, as revisions will show it.")
	@Size(max = 80, message = "Name: keep this to 80 characters.")
	private String displayName;

	@NotNull(message = "Role: choose a role.")
	private Role role = Role.EDITOR;

	@NotNull(message = "Password: enter a first password.")
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "Password: use 12 to 64 characters.")
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
