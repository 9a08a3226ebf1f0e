package io.sparkpulse.web;

/**
 * The URL of each page of a sector's ranking: the first page has no {@code ?page=}, so no
 * page of the ranking is served under two URLs. The sector page and the sitemap both
 * count pages from here.
 */
public final class SectorPaths {

	/** Products on each page of a sector's ranking. */
	public static final int PAGE_SIZE = 50;

	private SectorPaths() {
	}

	public static String page(String slug, int page) {
		return "/sectors/" + slug + ((page > 1) ? "?page=" + page : "");
	}

	/** How many pages a ranking of this many products takes (at least one). */
	public static int pages(int products) {
		return Math.max(1, (products + PAGE_SIZE - 1) / PAGE_SIZE);
	}

}
