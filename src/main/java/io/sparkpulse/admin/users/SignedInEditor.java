package io.sparkpulse.admin.users;

import java.util.Collection;
import java.util.List;

import io.sparkpulse.admin.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account behind an admin session. Kept in the (database-backed) session, so it is
 * serializable, and its password hash is erased once sign-in succeeds.
 */
public final class SignedInEditor implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private String passwordHash;

	private final boolean enabled;

	SignedInEditor(long id, String email, String displayName, Role role, String passwordHash, boolean enabled) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public Actor actor() {
		return new Actor(this.id, this.email, this.displayName);
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInEditor editor && editor.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInEditor[" + this.email + ", " + this.role + "]";
	}

}
