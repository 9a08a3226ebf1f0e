package io.sparkpulse.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader typed into the search box, made safe to hand to the database: control
 * characters (PostgreSQL refuses NUL in text) become spaces, runs of white space
 * collapse, and anything beyond {@link #MAX_LENGTH} characters is cut off, which the page
 * then says.
 *
 * @param text the query as searched and shown back, possibly empty
 * @param shortened whether the reader's text was longer than {@link #MAX_LENGTH} and was
 * cut
 */
public record SearchQuery(String text, boolean shortened) {

	/** Longer queries are cut to this many characters (code points). */
	public static final int MAX_LENGTH = 200;

	/** How many words of a query are compared with product names for "did you mean". */
	static final int MAX_WORDS = 8;

	/** Shorter words carry too few trigrams to be compared with names usefully. */
	static final int MIN_WORD_LENGTH = 3;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

	public static SearchQuery of(String raw) {
		if (raw == null) {
			return new SearchQuery("", false);
		}
		String text = SPACES.matcher(CONTROL.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return new SearchQuery(text, false);
		}
		return new SearchQuery(text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip(), true);
	}

	public int maxLength() {
		return MAX_LENGTH;
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/**
	 * The lower-case forms compared with product names: the whole query, then each of its
	 * words long enough to compare, without repeats.
	 */
	List<String> nameCandidates() {
		Set<String> candidates = new LinkedHashSet<>();
		String lower = this.text.toLowerCase(Locale.ROOT);
		if (lower.length() >= MIN_WORD_LENGTH) {
			candidates.add(lower);
		}
		for (String word : lower.split(" ")) {
			if (word.length() >= MIN_WORD_LENGTH && candidates.size() <= MAX_WORDS) {
				candidates.add(word);
			}
		}
		return new ArrayList<>(candidates);
	}

}
