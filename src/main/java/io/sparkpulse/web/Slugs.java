package io.sparkpulse.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.servlet.ModelAndView;

/**
 * The shape of a public slug, and the one redirect every slug URL shares: upper-case
 * letters move permanently to the lower-case URL.
 */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	public static boolean isWellFormed(String slug) {
		return slug != null && slug.length() <= 60 && SLUG.matcher(slug).matches();
	}

	public static Optional<ModelAndView> lowerCaseRedirect(String prefix, String slug) {
		String lower = slug.toLowerCase(Locale.ROOT);
		if (!lower.equals(slug) && isWellFormed(lower)) {
			return Optional.of(PermanentRedirect.to(prefix + lower));
		}
		return Optional.empty();
	}

}
