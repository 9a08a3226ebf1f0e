package io.sparkpulse.admin.users;

/**
 * An account to create, with the password its owner will sign in with first.
 */
public record NewAccount(String email, String displayName, Role role, String password) {
}
