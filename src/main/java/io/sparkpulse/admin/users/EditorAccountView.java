package io.sparkpulse.admin.users;

import java.time.Instant;

/**
 * An account as the users page lists it (never its password hash).
 */
public record EditorAccountView(long id, String email, String displayName, Role role, boolean enabled,
		Instant createdAt) {
}
