package io.sparkpulse.admin;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Suggests a URL slug from a display name: accents folded ("Señor Café" → "senor-cafe"),
 * lower case, only {@code [a-z0-9-]}, no leading, trailing or repeated dashes, at most 60
 * characters (cut at a word boundary when there is one).
 */
public final class SlugSuggestion {

	public static final int MAX_LENGTH = 60;

	private SlugSuggestion() {
	}

	public static String from(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer
			.normalize(name.replace("ß", "ss")
				.replace("æ", "ae")
				.replace("Æ", "ae")
				.replace("ø", "o")
				.replace("Ø", "o")
				.replace("ł", "l")
				.replace("Ł", "l")
				.replace("đ", "d")
				.replace("Đ", "d")
				.replace("œ", "oe")
				.replace("Œ", "oe")
				.replace("&", " and "), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAX_LENGTH);
		int lastDash = cut.lastIndexOf('-');
		if (slug.charAt(MAX_LENGTH) != '-' && lastDash > 0) {
			cut = cut.substring(0, lastDash);
		}
		return cut.replaceAll("-+$", "");
	}

}
