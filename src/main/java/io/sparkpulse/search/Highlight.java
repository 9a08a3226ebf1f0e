package io.sparkpulse.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its search matches marked, as parts the template prints one by one with
 * {@code th:text}, matches inside {@code <mark>}. The database marks matches with two
 * private-use characters rather than HTML, so no text from the database is ever rendered
 * unescaped; a stray marker can only move a highlight, never open an element.
 *
 * @param parts the text in order; concatenated they give the whole text without markers
 */
public record Highlight(List<Part> parts) {

	/**
	 * Opens a match in texts marked by the database function {@code search_highlight}.
	 */
	static final char START = '\uE000';

	/** Closes a match. */
	static final char STOP = '\uE001';

	/** Between the fragments of an excerpt (see {@code search_highlight}). */
	static final String FRAGMENT_DELIMITER = " … ";

	/**
	 * A piece of the text and whether it matched the query.
	 */
	public record Part(String text, boolean match) {
	}

	static Highlight parse(String marked) {
		List<Part> parts = new ArrayList<>();
		if (marked == null) {
			return new Highlight(parts);
		}
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				add(parts, current, inMatch);
				inMatch = (c == START);
			}
			else {
				current.append(c);
			}
		}
		add(parts, current, inMatch);
		return new Highlight(List.copyOf(parts));
	}

	/**
	 * An excerpt of {@code source} marked by the database, each of its fragments (joined
	 * by " … ") widened back to the start of the word it begins in: the database cuts
	 * fragments at its own word parts, so "open-source" could come back as "source".
	 */
	static Highlight excerpt(String marked, String source) {
		if (marked == null || source == null) {
			return parse(marked);
		}
		String[] fragments = marked.split(FRAGMENT_DELIMITER, -1);
		StringBuilder widened = new StringBuilder();
		for (int i = 0; i < fragments.length; i++) {
			String fragment = fragments[i];
			String plain = fragment.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
			int at = plain.isEmpty() ? -1 : source.indexOf(plain);
			int wordStart = at;
			while (wordStart > 0 && !Character.isWhitespace(source.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (i > 0) {
				widened.append(FRAGMENT_DELIMITER);
			}
			widened.append((at > 0) ? source.substring(wordStart, at) : "").append(fragment);
		}
		return parse(widened.toString());
	}

	public boolean hasMatch() {
		return this.parts.stream().anyMatch(Part::match);
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	public String plain() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	private static void add(List<Part> parts, StringBuilder text, boolean match) {
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), match));
			text.setLength(0);
		}
	}

}
