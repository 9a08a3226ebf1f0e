package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sparkpulse.web.ComparePath;

/**
 * A search that asks for a comparison: "x vs y", "x vs. y", "x versus y", "x or y", "x, y
 * and z" (any mix of those separators), two to four names. Only the shape is read here;
 * whether every name is a product is for the catalog to say.
 */
public final class ComparisonQuery {

	/**
	 * Words that separate names, as whole words with spaces around them, and commas (a
	 * comma may be followed by "and" or "or", as in "x, y, and z").
	 */
	private static final Pattern SEPARATOR = Pattern
		.compile("(?iU)\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:vs\\.?|versus|v\\.|or|and)\\s+");

	/** The search syntax's "-word", which only an ordinary search understands. */
	private static final Pattern EXCLUDED_WORD = Pattern.compile("(?:^|\\s)-\\S");

	/** Names longer than any product name are not worth a look-up. */
	private static final int MAX_NAME_LENGTH = 120;

	private ComparisonQuery() {
	}

	/**
	 * The names a search text compares, in the order typed, when it has the shape of a
	 * comparison of two to four names; nothing otherwise. Quotes and the search syntax's
	 * minus sign make it an ordinary search.
	 */
	public static Optional<List<String>> names(String text) {
		if (text == null || text.isBlank() || text.indexOf('"') >= 0 || EXCLUDED_WORD.matcher(text).find()) {
			return Optional.empty();
		}
		String[] parts = SEPARATOR.split(text.strip(), -1);
		if (parts.length < ComparePath.MIN_PRODUCTS || parts.length > ComparePath.MAX_PRODUCTS) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>(parts.length);
		for (String part : parts) {
			String name = part.strip();
			if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
				return Optional.empty();
			}
			names.add(name);
		}
		return Optional.of(List.copyOf(names));
	}

}
