package io.sparkpulse.feeds;

import java.util.List;

import io.sparkpulse.compare.ComparePath;

/**
 * The paths of the Atom feeds, for pages that announce theirs with
 * {@code <link rel="alternate" type="application/atom+xml">}.
 */
public final class FeedLinks {

	/** The media type to put in {@code <link type>}. */
	public static final String TYPE = "application/atom+xml";

	private FeedLinks() {
	}

	public static String site() {
		return "/feed.atom";
	}

	public static String product(String slug) {
		return "/products/" + slug + "/feed.atom";
	}

	public static String sector(String slug) {
		return "/sectors/" + slug + "/feed.atom";
	}

	/**
	 * The feed of a pair, in canonical (alphabetical) order whatever order the slugs are
	 * given in.
	 */
	public static String pair(String slug, String otherSlug) {
		return compare(ComparePath.canonical(List.of(slug, otherSlug)));
	}

	static String compare(String canonicalPair) {
		return "/compare/" + canonicalPair + "/feed.atom";
	}

}
