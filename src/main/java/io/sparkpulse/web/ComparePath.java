package io.sparkpulse.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code a-vs-b(-vs-c…)} part of a compare URL. Slugs may themselves contain "-vs-",
 * so a path can be split in several ways; the catalog decides which split names real
 * products.
 */
public final class ComparePath {

	public static final String SEPARATOR = "-vs-";

	/** A comparison shows two to four products side by side. */
	public static final int MIN_PRODUCTS = 2;

	public static final int MAX_PRODUCTS = 4;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PATH_CHARACTERS = Pattern.compile("[a-z0-9-]+");

	/** Bounds the ways a path can be split, so no URL can make the lookup expensive. */
	private static final int MAX_SEPARATORS = 6;

	private static final int MAX_LENGTH = MAX_PRODUCTS * 60 + (MAX_PRODUCTS - 1) * SEPARATOR.length();

	private final String raw;

	private ComparePath(String raw) {
		this.raw = raw;
	}

	/**
	 * The path as given, if it is made only of lower-case slug characters; otherwise
	 * nothing (a 404).
	 */
	public static Optional<ComparePath> of(String raw) {
		if (raw == null || raw.length() > MAX_LENGTH || !PATH_CHARACTERS.matcher(raw).matches()
				|| separators(raw) > MAX_SEPARATORS) {
			return Optional.empty();
		}
		return Optional.of(new ComparePath(raw));
	}

	/**
	 * The lower-case form of a path that differs from it only by case, for a permanent
	 * redirect.
	 */
	public static Optional<String> lowerCaseVariant(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String lower = raw.toLowerCase(Locale.ROOT);
		return (!lower.equals(raw) && of(lower).isPresent()) ? Optional.of(lower) : Optional.empty();
	}

	/**
	 * Every way to read the path as {@code parts} well-formed slugs, earliest split
	 * first.
	 */
	public List<List<String>> splits(int parts) {
		List<List<String>> result = new ArrayList<>();
		split(this.raw, parts, new ArrayList<>(), result);
		return result;
	}

	/**
	 * Every slug that appears in any split into two to four parts, for one catalog
	 * lookup.
	 */
	public Set<String> candidateSlugs() {
		Set<String> slugs = new LinkedHashSet<>();
		for (int parts = MIN_PRODUCTS; parts <= MAX_PRODUCTS; parts++) {
			slugs.addAll(candidateSlugs(parts));
		}
		return slugs;
	}

	/**
	 * Every slug that appears in any split into exactly {@code parts}.
	 */
	public Set<String> candidateSlugs(int parts) {
		Set<String> slugs = new LinkedHashSet<>();
		splits(parts).forEach(slugs::addAll);
		return slugs;
	}

	/**
	 * The first split into exactly {@code parts} whose slugs all name known products.
	 */
	public Optional<List<String>> resolve(int parts, Set<String> knownSlugs) {
		return splits(parts).stream().filter(knownSlugs::containsAll).findFirst();
	}

	/**
	 * The first split, fewest products first, whose slugs all name known products.
	 */
	public Optional<List<String>> resolve(Set<String> knownSlugs) {
		for (int parts = MIN_PRODUCTS; parts <= MAX_PRODUCTS; parts++) {
			Optional<List<String>> found = resolve(parts, knownSlugs);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The canonical path for these slugs: alphabetical order, joined by "-vs-".
	 */
	public static String canonical(List<String> slugs) {
		return String.join(SEPARATOR, slugs.stream().sorted().toList());
	}

	public String raw() {
		return this.raw;
	}

	private static int separators(String raw) {
		int count = 0;
		for (int at = raw.indexOf(SEPARATOR); at >= 0; at = raw.indexOf(SEPARATOR, at + 1)) {
			count++;
		}
		return count;
	}

	private static void split(String rest, int parts, List<String> prefix, List<List<String>> out) {
		if (parts == 1) {
			if (SLUG.matcher(rest).matches()) {
				List<String> complete = new ArrayList<>(prefix);
				complete.add(rest);
				out.add(List.copyOf(complete));
			}
			return;
		}
		int at = rest.indexOf(SEPARATOR);
		while (at >= 0) {
			String head = rest.substring(0, at);
			if (SLUG.matcher(head).matches()) {
				prefix.add(head);
				split(rest.substring(at + SEPARATOR.length()), parts - 1, prefix, out);
				prefix.remove(prefix.size() - 1);
			}
			at = rest.indexOf(SEPARATOR, at + 1);
		}
	}

}
