package io.sparkpulse.admin.users;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every password and e-mail address of an account follows, whether it comes
 * from a form or from the start-up bootstrap.
 */
public final class Passwords {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	/** BCrypt reads at most 72 bytes; longer passwords would be silently cut. */
	private static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/**
	 * Why a password is refused, or nothing if it is acceptable.
	 */
	public static Optional<String> problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters (fewer if they are not plain letters).");
		}
		if (password.isBlank()) {
			return Optional.of("A password cannot be only spaces.");
		}
		return Optional.empty();
	}

	/**
	 * The form an e-mail address is stored and looked up in.
	 */
	public static String normalizeEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
