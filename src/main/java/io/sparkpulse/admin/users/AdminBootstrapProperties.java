package io.sparkpulse.admin.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin account, created at start-up when no admin exists yet (there is no
 * default password). Set from the environment ({@code SPARKPULSE_ADMIN_EMAIL},
 * {@code SPARKPULSE_ADMIN_PASSWORD}) or as
 * {@code --sparkpulse.admin.bootstrap-email=... --sparkpulse.admin.bootstrap-password=...};
 * ignored once an admin exists.
 *
 * @param bootstrapEmail e-mail address the first admin signs in with; empty to create
 * none
 * @param bootstrapPassword that admin's password (12 to 64 characters); never logged
 * @param bootstrapName the name shown for that admin in revisions and the audit log
 */
@Validated
@ConfigurationProperties("sparkpulse.admin")
public record AdminBootstrapProperties(String bootstrapEmail, String bootstrapPassword,
		@NotBlank @Size(max = 80) String bootstrapName) {

	boolean requested() {
		return this.bootstrapEmail != null && !this.bootstrapEmail.isBlank();
	}

	@Override
	public String toString() {
		return "AdminBootstrapProperties[bootstrapEmail=" + this.bootstrapEmail + ", bootstrapName="
				+ this.bootstrapName + ", bootstrapPassword=" + (hasPassword() ? "(set)" : "(not set)") + "]";
	}

	private boolean hasPassword() {
		return this.bootstrapPassword != null && !this.bootstrapPassword.isEmpty();
	}

}
