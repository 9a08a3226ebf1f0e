package io.sparkpulse.admin.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells when a theme slug is a near-duplicate of another: the same words up to an ending
 * or a hyphen (self-hosted, self-hosting, selfhosted; agent, agents), or one theme's
 * words all inside the other's (agents, ai-agents, agent-based). Free-text themes drift
 * apart this way one editor at a time; pointing it out before a new theme is made keeps
 * them together.
 */
public final class ThemeNames {

	private static final int MIN_STEM = 3;

	private static final int MAX_SIMILAR = 5;

	private ThemeNames() {
	}

	/**
	 * The slug's words without their endings, joined without hyphens: two slugs with the
	 * same key are the same theme spelled differently.
	 */
	public static String key(String slug) {
		return String.join("", stems(slug));
	}

	/**
	 * Whether {@code a} and {@code b} are different slugs for what reads as the same or
	 * an overlapping theme.
	 */
	public static boolean nearDuplicates(String a, String b) {
		if (a.equals(b)) {
			return false;
		}
		if (key(a).equals(key(b))) {
			return true;
		}
		Set<String> wordsA = Set.copyOf(stems(a));
		Set<String> wordsB = Set.copyOf(stems(b));
		return !wordsA.isEmpty() && !wordsB.isEmpty() && (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA));
	}

	/**
	 * The existing slugs {@code slug} nearly duplicates: same key first, then the
	 * overlapping ones, each group in the order given; at most a handful.
	 */
	public static List<String> similar(String slug, Collection<String> existing) {
		List<String> same = new ArrayList<>();
		List<String> overlapping = new ArrayList<>();
		String key = key(slug);
		for (String other : existing) {
			if (!nearDuplicates(slug, other)) {
				continue;
			}
			(key(other).equals(key) ? same : overlapping).add(other);
		}
		same.addAll(overlapping);
		return List.copyOf(same.subList(0, Math.min(MAX_SIMILAR, same.size())));
	}

	static List<String> stems(String slug) {
		return Arrays.stream(slug.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter((word) -> !word.isEmpty())
			.map(ThemeNames::stem)
			.collect(Collectors.toList());
	}

	/**
	 * A word without its plural or verb ending, enough to bring hosted, hosting and
	 * hosts, or libraries and library, together; short words are left alone.
	 */
	static String stem(String word) {
		String stem = word;
		if (stem.endsWith("ies") && stem.length() - 3 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 3) + "y";
		}
		else if (stem.endsWith("ing") && stem.length() - 3 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 3);
		}
		else if (stem.endsWith("ed") && stem.length() - 2 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 2);
		}
		else if (stem.endsWith("es") && !stem.endsWith("ses") && stem.length() - 2 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 1);
		}
		else if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us") && stem.length() - 1 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 1);
		}
		// based/base, hosting/host(e): a final e is dropped so that both endings meet
		if (stem.endsWith("e") && stem.length() - 1 >= MIN_STEM) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem;
	}

}
