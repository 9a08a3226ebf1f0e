package io.sparkpulse.admin.security;

import io.sparkpulse.admin.users.Passwords;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an e-mail address and password only when the throttle admits the attempt, and
 * tells the throttle when it succeeded.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final int MAX_ACCOUNT_KEY = 254;

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInThrottle.Admission admission = this.throttle.admit(accountKey(authentication), address(authentication));
		if (admission.locked()) {
			throw new SignInLockedException(admission.lockedUntil());
		}
		Authentication result = this.passwords.authenticate(authentication);
		this.throttle.succeeded(admission.attempt());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String accountKey(Authentication authentication) {
		String email = Passwords.normalizeEmail(authentication.getName());
		return (email.length() <= MAX_ACCOUNT_KEY) ? email : email.substring(0, MAX_ACCOUNT_KEY);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
