package io.sparkpulse.admin.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts, from their longest common subsequence of
 * words: what stayed, what was removed and what was added, in reading order. Joining the
 * segments that are not {@link Kind#ADDED} gives the old text back, and those not
 * {@link Kind#REMOVED} the new one.
 */
public final class TextDiff {

	/**
	 * Above this many token comparisons the middle of the texts is shown as replaced
	 * whole, which keeps memory bounded for any input (texts are at most a few thousand
	 * characters in practice).
	 */
	static final long MAX_CELLS = 1_000_000;

	/**
	 * A word with the spaces before it, so that a changed word and its space read as one
	 * change.
	 */
	private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

	private TextDiff() {
	}

	public enum Kind {

		SAME, REMOVED, ADDED

	}

	/**
	 * A run of text that stayed, was removed or was added.
	 */
	public record Segment(Kind kind, String text) {

		public boolean removed() {
			return this.kind == Kind.REMOVED;
		}

		public boolean added() {
			return this.kind == Kind.ADDED;
		}

	}

	public static List<Segment> between(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		Builder out = new Builder();
		a.subList(0, prefix).forEach((token) -> out.add(Kind.SAME, token));
		middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
		a.subList(a.size() - suffix, a.size()).forEach((token) -> out.add(Kind.SAME, token));
		return out.segments;
	}

	public static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch((segment) -> segment.kind() != Kind.SAME);
	}

	private static void middle(List<String> a, List<String> b, Builder out) {
		if ((long) a.size() * b.size() > MAX_CELLS) {
			a.forEach((token) -> out.add(Kind.REMOVED, token));
			b.forEach((token) -> out.add(Kind.ADDED, token));
			return;
		}
		// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				out.add(Kind.SAME, a.get(i++));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				out.add(Kind.REMOVED, a.get(i++));
			}
			else {
				out.add(Kind.ADDED, b.get(j++));
			}
		}
		while (i < a.size()) {
			out.add(Kind.REMOVED, a.get(i++));
		}
		while (j < b.size()) {
			out.add(Kind.ADDED, b.get(j++));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	/**
	 * Merges neighbouring tokens of the same kind into one segment.
	 */
	private static final class Builder {

		private final List<Segment> segments = new ArrayList<>();

		void add(Kind kind, String token) {
			int last = this.segments.size() - 1;
			if (last >= 0 && this.segments.get(last).kind() == kind) {
				this.segments.set(last, new Segment(kind, this.segments.get(last).text() + token));
			}
			else {
				this.segments.add(new Segment(kind, token));
			}
		}

	}

}
