package io.sparkpulse.freshness;

/**
 * The names of what a page can show, each with its own version: a product (its name,
 * facts, editorial, activity, score), a sector's ranking (which products it lists, in
 * which order), and the site itself (sectors and themes, the scoring formula). Pages that
 * list the whole catalog depend on {@link #PRODUCTS} or {@link #ALL}, which no write
 * stores: their versions are derived in memory from the keys they stand for. The same
 * names are sent to CDNs as surrogate keys.
 */
public final class DependencyKeys {

	/** Sectors, themes and the scoring formula: every page depends on it. */
	public static final String SITE = "site";

	/**
	 * Any product: pages that list the latest activity or products of the whole catalog.
	 */
	public static final String PRODUCTS = "products";

	/** Any sector's ranking. */
	public static final String SECTORS = "sectors";

	/** Anything at all: pages that declare nothing depend on it. */
	public static final String ALL = "all";

	private static final String PRODUCT = "product:";

	private static final String SECTOR = "sector:";

	private DependencyKeys() {
	}

	public static String product(long id) {
		return PRODUCT + id;
	}

	/** The ranking of a sector: its members and their order. */
	public static String sector(long id) {
		return SECTOR + id;
	}

	/**
	 * The derived key that also changes when {@code key} changes, or {@code null}.
	 */
	static String aggregateOf(String key) {
		if (key.startsWith(PRODUCT)) {
			return PRODUCTS;
		}
		if (key.startsWith(SECTOR)) {
			return SECTORS;
		}
		return null;
	}

	static boolean isAggregate(String key) {
		return PRODUCTS.equals(key) || SECTORS.equals(key) || ALL.equals(key);
	}

}
