package io.sparkpulse.admin.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password: too many recent failures for this
 * account or from this address.
 */
class SignInLockedException extends AuthenticationException {

	private final Instant until;

	SignInLockedException(Instant until) {
		super("Too many failed sign-ins");
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
