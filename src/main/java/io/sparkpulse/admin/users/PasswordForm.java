package io.sparkpulse.admin.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new password for an account, typed twice.
 */
public class PasswordForm {

	@NotNull(message = "Password: enter the new password.")
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "Password: use 12 to 64 characters.")
	private String password;

	private String confirmation;

	boolean confirmed() {
		return this.password == null || this.password.equals(this.confirmation);
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
