package io.sparkpulse.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a public slug, and the canonical form every slug URL shares: upper-case
 * letters move permanently to the lower-case URL.
 */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	public static boolean isWellFormed(String slug) {
		return slug != null && slug.length() <= 60 && SLUG.matcher(slug).matches();
	}

	/**
	 * The lower-case slug a slug with upper-case letters moves to; nothing when the slug
	 * is already lower case or would not be well formed.
	 */
	public static Optional<String> lowerCaseVariant(String slug) {
		String lower = slug.toLowerCase(Locale.ROOT);
		return (!lower.equals(slug) && isWellFormed(lower)) ? Optional.of(lower) : Optional.empty();
	}

}
