package io.sparkpulse.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every public path of the site, built and read in one place: controllers map the
 * patterns, services and sitemaps build links with the static methods, and templates
 * reach the same methods as the {@code #paths} expression object, as
 * {@code @{${#paths.product(p.slug)}}} (the {@code @{...}} keeps the context path). A
 * page that is served under a single URL gets that URL only from here: slugs are used as
 * given, compare paths in canonical order, and the first page of a ranking has no
 * {@code ?page=}.
 */
public final class SitePaths {

	/** Products on each page of a sector's ranking. */
	public static final int SECTOR_PAGE_SIZE = 50;

	public static final String HOME = "/";

	public static final String PRODUCT = "/products/{slug}";

	public static final String PRODUCT_FEED = "/products/{slug}/feed.atom";

	public static final String PRODUCT_CARD = "/cards/products/{slug}.png";

	public static final String ALTERNATIVES = "/alternatives/{slug}";

	public static final String COMPARE_START = "/compare";

	public static final String COMPARE = "/compare/{pair}";

	public static final String COMPARE_FEED = "/compare/{pair}/feed.atom";

	public static final String COMPARE_CARD = "/cards/compare/{pair}.png";

	public static final String SECTORS = "/sectors";

	public static final String SECTOR = "/sectors/{slug}";

	public static final String SECTOR_FEED = "/sectors/{slug}/feed.atom";

	public static final String SITE_FEED = "/feed.atom";

	public static final String SITE_CARD = "/cards/site.png";

	public static final String METHODOLOGY = "/methodology";

	public static final String TRACK_RECORD = "/track-record";

	public static final String TRACK_RECORD_FEED = "/track-record/feed.atom";

	public static final String CORRECTIONS = "/corrections";

	public static final String CORRECTIONS_FEED = "/corrections/feed.atom";

	public static final String SITEMAP_INDEX = "/sitemap.xml";

	public static final String SITEMAP = "/sitemaps/{name}.xml";

	public static final String ROBOTS = "/robots.txt";

	public static final String SEARCH = "/search";

	public static final String SEARCH_SUGGESTIONS = "/search/suggestions";

	public static final String ASSETS = "/assets/";

	public static final String ADMIN = "/admin";

	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	/**
	 * Prefixes of the public pages, feeds, sitemaps and cards whose answers depend only
	 * on the path and the catalog, so a rendered answer may be kept and shared.
	 */
	public static final List<String> CACHEABLE_PREFIXES = List.of("/compare/", "/products/", "/alternatives/", SECTORS,
			METHODOLOGY, "/sitemap", "/sitemaps/", ROBOTS, SITE_FEED, "/cards/", TRACK_RECORD, CORRECTIONS,
			SEARCH_SUGGESTIONS);

	private static final Pattern PAGE_QUERY = Pattern.compile("page=([1-9][0-9]{0,8})");

	private static final List<Route> ROUTES = List.of(new Route(Page.HOME, HOME), new Route(Page.PRODUCT, PRODUCT),
			new Route(Page.PRODUCT_FEED, PRODUCT_FEED), new Route(Page.PRODUCT_CARD, PRODUCT_CARD),
			new Route(Page.ALTERNATIVES, ALTERNATIVES), new Route(Page.COMPARE_START, COMPARE_START),
			new Route(Page.COMPARE, COMPARE), new Route(Page.COMPARE_FEED, COMPARE_FEED),
			new Route(Page.COMPARE_CARD, COMPARE_CARD), new Route(Page.SECTORS, SECTORS),
			new Route(Page.SECTOR, SECTOR), new Route(Page.SECTOR_FEED, SECTOR_FEED),
			new Route(Page.SITE_FEED, SITE_FEED), new Route(Page.SITE_CARD, SITE_CARD),
			new Route(Page.METHODOLOGY, METHODOLOGY), new Route(Page.TRACK_RECORD, TRACK_RECORD),
			new Route(Page.TRACK_RECORD_FEED, TRACK_RECORD_FEED), new Route(Page.CORRECTIONS, CORRECTIONS),
			new Route(Page.CORRECTIONS_FEED, CORRECTIONS_FEED), new Route(Page.SITEMAP_INDEX, SITEMAP_INDEX),
			new Route(Page.SITEMAP, SITEMAP), new Route(Page.ROBOTS, ROBOTS));

	/**
	 * An instance only for templates, which reach the static methods through it
	 * ({@link PathsDialect}); Java code calls them statically.
	 */
	SitePaths() {
	}

	public static String home() {
		return HOME;
	}

	public static String product(String slug) {
		return expand(PRODUCT, slug);
	}

	/** A page of a product's activity; the first page is the product's own URL. */
	public static String product(String slug, int page) {
		return paged(product(slug), page);
	}

	public static String productFeed(String slug) {
		return expand(PRODUCT_FEED, slug);
	}

	public static String productCard(String slug) {
		return expand(PRODUCT_CARD, slug);
	}

	public static String alternatives(String slug) {
		return expand(ALTERNATIVES, slug);
	}

	/**
	 * The same alternatives ordered by velocity: a view of the page, not a page of its
	 * own (its canonical URL is {@link #alternatives(String)}).
	 */
	public static String alternativesByVelocity(String slug) {
		return alternatives(slug) + "?sort=velocity";
	}

	public static String compareStart() {
		return COMPARE_START;
	}

	/**
	 * The comparison of these products, in canonical order whatever order they come in.
	 */
	public static String compare(List<String> slugs) {
		return expand(COMPARE, ComparePath.canonical(slugs));
	}

	public static String compare(String slug, String otherSlug) {
		return compare(List.of(slug, otherSlug));
	}

	/**
	 * A compare path with the pair as written, for the redirect that only fixes its case
	 * (the canonical order is the next redirect's business, once the slugs are known).
	 */
	public static String compareAsWritten(String pair) {
		return expand(COMPARE, pair);
	}

	public static String compareFeedAsWritten(String pair) {
		return expand(COMPARE_FEED, pair);
	}

	public static String compareFeed(List<String> slugs) {
		return expand(COMPARE_FEED, ComparePath.canonical(slugs));
	}

	public static String compareFeed(String slug, String otherSlug) {
		return compareFeed(List.of(slug, otherSlug));
	}

	public static String compareCard(List<String> slugs) {
		return expand(COMPARE_CARD, ComparePath.canonical(slugs));
	}

	public static String sectors() {
		return SECTORS;
	}

	public static String sector(String slug) {
		return expand(SECTOR, slug);
	}

	/** A page of a sector's ranking; the first page has no {@code ?page=}. */
	public static String sector(String slug, int page) {
		return paged(sector(slug), page);
	}

	/** How many pages a ranking of this many products takes (at least one). */
	public static int sectorPages(int products) {
		return Math.max(1, (products + SECTOR_PAGE_SIZE - 1) / SECTOR_PAGE_SIZE);
	}

	public static String sectorFeed(String slug) {
		return expand(SECTOR_FEED, slug);
	}

	public static String siteFeed() {
		return SITE_FEED;
	}

	public static String siteCard() {
		return SITE_CARD;
	}

	public static String methodology() {
		return METHODOLOGY;
	}

	public static String trackRecord() {
		return TRACK_RECORD;
	}

	public static String trackRecordFeed() {
		return TRACK_RECORD_FEED;
	}

	public static String corrections() {
		return CORRECTIONS;
	}

	public static String correctionsFeed() {
		return CORRECTIONS_FEED;
	}

	public static String sitemapIndex() {
		return SITEMAP_INDEX;
	}

	/** One file of the sitemap, such as {@code products-2}. */
	public static String sitemap(String name) {
		return SITEMAP.replace("{name}", name);
	}

	public static String robots() {
		return ROBOTS;
	}

	/** A static file, by its path under the assets folder ({@code css/site.css}). */
	public static String asset(String file) {
		return ASSETS + file;
	}

	/**
	 * The public page a path (with its query, if any) names, read back the way it was
	 * built: the slug, compare pair or sitemap name it carries and its page number.
	 * Nothing for editors' paths, assets and anything that is not one of the site's
	 * public paths. A compare pair comes as written; {@link ComparePath} splits it.
	 */
	public static Optional<PublicPath> parse(String pathAndQuery) {
		if (pathAndQuery == null) {
			return Optional.empty();
		}
		int question = pathAndQuery.indexOf('?');
		String path = (question >= 0) ? pathAndQuery.substring(0, question) : pathAndQuery;
		int page = (question >= 0) ? pageOf(pathAndQuery.substring(question + 1)) : 1;
		if (page < 1) {
			return Optional.empty();
		}
		for (Route route : ROUTES) {
			Optional<String> key = route.match(path);
			if (key.isPresent()) {
				return Optional.of(new PublicPath(route.page(), key.get(), page));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where a request for a public path moves when it is spelled otherwise than the
	 * builders spell it: without trailing slashes (the query kept), with its slug or
	 * compare pair in lower case, and without {@code ?page=1}. A moved slug page keeps
	 * only its page number. Nothing when the path is canonical already or is no public
	 * path; the order of compared products needs the catalog, so the compare page settles
	 * it.
	 */
	public static Optional<String> canonicalOf(String path, String query) {
		if (path.length() > 1 && path.endsWith("/")) {
			// Leading slashes collapse too: "//host/" must never become a
			// protocol-relative redirect.
			String trimmed = path.replaceAll("/+$", "").replaceFirst("^/+", "/");
			return Optional.of((trimmed.isEmpty() ? HOME : trimmed) + ((query != null) ? "?" + query : ""));
		}
		Optional<PublicPath> parsed = parse(path);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Page page = parsed.get().page();
		String key = parsed.get().key();
		String pageParameter = (query != null) ? pageParameter(query) : null;
		return switch (page) {
			case PRODUCT, SECTOR -> {
				boolean firstPageNamed = "1".equals(pageParameter);
				Optional<String> lower = Slugs.lowerCaseVariant(key);
				String slug = lower.orElse(key);
				if ((lower.isEmpty() && !firstPageNamed) || !Slugs.isWellFormed(slug)) {
					yield Optional.empty();
				}
				String canonical = (page == Page.PRODUCT) ? product(slug) : sector(slug);
				yield Optional
					.of((pageParameter != null && !firstPageNamed) ? canonical + "?page=" + pageParameter : canonical);
			}
			case ALTERNATIVES -> Slugs.lowerCaseVariant(key).map(SitePaths::alternatives);
			case PRODUCT_FEED -> Slugs.lowerCaseVariant(key).map(SitePaths::productFeed);
			case SECTOR_FEED -> Slugs.lowerCaseVariant(key).map(SitePaths::sectorFeed);
			case COMPARE -> ComparePath.lowerCaseVariant(key).map(SitePaths::compareAsWritten);
			case COMPARE_FEED -> ComparePath.lowerCaseVariant(key).map(SitePaths::compareFeedAsWritten);
			default -> Optional.empty();
		};
	}

	/**
	 * Whether the answer at this path is a public page (or feed, sitemap, card) that may
	 * be kept rendered and shared between readers.
	 */
	public static boolean isCacheable(String path) {
		return !isEditorPath(path) && CACHEABLE_PREFIXES.stream().anyMatch(path::startsWith);
	}

	/**
	 * The editors' side of the site: the admin, and signing in and out. What is tuned for
	 * readers' pages leaves these alone.
	 */
	public static boolean isEditorPath(String path) {
		return isAdminPath(path) || path.equals(LOGIN) || path.equals(LOGOUT);
	}

	/** The admin itself, with or without a query: nothing that merely starts alike. */
	public static boolean isAdminPath(String path) {
		return path.equals(ADMIN) || path.startsWith(ADMIN + "/") || path.startsWith(ADMIN + "?");
	}

	private static String expand(String pattern, String key) {
		int open = pattern.indexOf('{');
		return pattern.substring(0, open) + key + pattern.substring(pattern.indexOf('}') + 1);
	}

	private static String paged(String path, int page) {
		return (page > 1) ? path + "?page=" + page : path;
	}

	/** The value of the first page parameter, as written; null without one. */
	private static String pageParameter(String query) {
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("page=")) {
				return parameter.substring("page=".length());
			}
		}
		return null;
	}

	/** 1 without a page parameter, 0 (no such page) when it is not a positive number. */
	private static int pageOf(String query) {
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("page=")) {
				Matcher matcher = PAGE_QUERY.matcher(parameter);
				return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
			}
		}
		return 1;
	}

	/** The kinds of public path. */
	public enum Page {

		HOME, PRODUCT, PRODUCT_FEED, PRODUCT_CARD, ALTERNATIVES, COMPARE_START, COMPARE, COMPARE_FEED, COMPARE_CARD,
		SECTORS, SECTOR, SECTOR_FEED, SITE_FEED, SITE_CARD, METHODOLOGY, TRACK_RECORD, TRACK_RECORD_FEED, CORRECTIONS,
		CORRECTIONS_FEED, SITEMAP_INDEX, SITEMAP, ROBOTS

	}

	/**
	 * A public path read back: what it is, the slug, compare pair or sitemap name it
	 * carries (empty for pages without one), and its page number (1 when not paged).
	 */
	public record PublicPath(Page page, String key, int number) {
	}

	/**
	 * A pattern with at most one variable, which matches one path segment (or the part of
	 * it before a fixed suffix).
	 */
	private record Route(Page page, String pattern) {

		Optional<String> match(String path) {
			int open = this.pattern.indexOf('{');
			if (open < 0) {
				return this.pattern.equals(path) ? Optional.of("") : Optional.empty();
			}
			String prefix = this.pattern.substring(0, open);
			String suffix = this.pattern.substring(this.pattern.indexOf('}') + 1);
			if (!path.startsWith(prefix) || !path.endsWith(suffix)
					|| path.length() <= prefix.length() + suffix.length()) {
				return Optional.empty();
			}
			String key = path.substring(prefix.length(), path.length() - suffix.length());
			return (key.indexOf('/') < 0) ? Optional.of(key) : Optional.empty();
		}

	}

}
