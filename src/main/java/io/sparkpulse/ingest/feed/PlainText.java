package io.sparkpulse.ingest.feed;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces feed texts to one line of plain text: tags dropped (with the content of
 * {@code script}, {@code style} and the like), common character references decoded,
 * control characters and runs of whitespace collapsed to single spaces. The result is
 * never trusted as markup: pages escape it like any other text. Linear in the input,
 * whatever it contains.
 */
public final class PlainText {

	private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "noscript", "iframe", "object",
			"svg", "math", "head", "title");

	private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
			Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("lsquo", "‘"),
			Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("middot", "·"),
			Map.entry("bull", "•"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"));

	private PlainText() {
	}

	/**
	 * The text a reader would see in this HTML fragment.
	 */
	public static String fromHtml(String html) {
		if (html == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(Math.min(html.length(), 4096));
		int length = html.length();
		int i = 0;
		while (i < length) {
			char c = html.charAt(i);
			if (c == '<' && i + 1 < length && startsMarkup(html.charAt(i + 1))) {
				i = skipMarkup(html, i, out);
			}
			else if (c == '&') {
				i = decodeReference(html, i, out);
			}
			else {
				out.append(c);
				i++;
			}
		}
		return collapse(out);
	}

	/**
	 * Plain text as given, on one line and without control characters.
	 */
	public static String fromText(String text) {
		return (text != null) ? collapse(text) : null;
	}

	/**
	 * At most {@code max} characters: cut at a word boundary near the limit when there is
	 * one, and marked with an ellipsis.
	 */
	public static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int cut = max - 1;
		if (Character.isLowSurrogate(text.charAt(cut))) {
			cut--;
		}
		int space = text.lastIndexOf(' ', cut);
		if (space > max * 4 / 5) {
			cut = space;
		}
		return text.substring(0, cut).stripTrailing() + "…";
	}

	private static boolean startsMarkup(char next) {
		return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
	}

	/**
	 * Skips the tag (or comment) starting at {@code start}, and the whole element if it
	 * is one whose content is never shown; returns where the text goes on.
	 */
	private static int skipMarkup(String html, int start, StringBuilder out) {
		if (html.startsWith("<!--", start)) {
			int end = html.indexOf("-->", start + 4);
			return (end < 0) ? html.length() : end + 3;
		}
		int end = html.indexOf('>', start);
		if (end < 0) {
			return html.length();
		}
		out.append(' ');
		String name = tagName(html, start + 1, end);
		if (INVISIBLE.contains(name) && html.charAt(end - 1) != '/') {
			int close = closingTag(html, name, end);
			if (close < 0) {
				return html.length();
			}
			int closeEnd = html.indexOf('>', close);
			return (closeEnd < 0) ? html.length() : closeEnd + 1;
		}
		return end + 1;
	}

	private static int closingTag(String html, String name, int from) {
		for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
			if (html.regionMatches(true, i + 2, name, 0, name.length())) {
				return i;
			}
		}
		return -1;
	}

	private static String tagName(String html, int from, int to) {
		int i = from;
		while (i < to && !Character.isLetterOrDigit(html.charAt(i))) {
			i++;
		}
		int nameStart = i;
		while (i < to && Character.isLetterOrDigit(html.charAt(i))) {
			i++;
		}
		return html.substring(nameStart, i).toLowerCase(Locale.ROOT);
	}

	private static int decodeReference(String html, int start, StringBuilder out) {
		int semicolon = html.indexOf(';', start + 1);
		if (semicolon < 0 || semicolon - start > 10) {
			out.append('&');
			return start + 1;
		}
		String name = html.substring(start + 1, semicolon);
		String decoded = (name.startsWith("#")) ? numeric(name.substring(1)) : ENTITIES.get(name);
		if (decoded == null) {
			out.append('&');
			return start + 1;
		}
		out.append(decoded);
		return semicolon + 1;
	}

	private static String numeric(String digits) {
		try {
			int codePoint = (digits.startsWith("x") || digits.startsWith("X"))
					? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
			return (Character.isValidCodePoint(codePoint) && codePoint != 0) ? Character.toString(codePoint) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String collapse(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				space = true;
			}
			else {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
		}
		return out.toString();
	}

}
