package io.sparkpulse.admin.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins lock an account or a client address, and for how long.
 *
 * @param maxFailuresPerAccount failed sign-ins to one account (since its last success)
 * that lock it
 * @param maxFailuresPerAddress failed sign-ins from one client address that lock that
 * address (higher: several editors may share an office address)
 * @param window how far back failures count; a lock lifts when enough of them are older
 * than this
 */
@Validated
@ConfigurationProperties("sparkpulse.admin.sign-in")
public record SignInThrottleProperties(@Min(1) int maxFailuresPerAccount, @Min(1) int maxFailuresPerAddress,
		@NotNull Duration window) {
}
