package io.sparkpulse.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the Atom feeds of activity: per product, per sector, per compared pair and for
 * the whole site. Each is the newest {@link #ENTRIES} ship moves of products that are not
 * retired, read by two or three index-backed statements.
 */
@Service
@Transactional(readOnly = true)
public class FeedService {

	static final int ENTRIES = 50;

	/**
	 * The tagging entity of every feed and entry id (RFC 4151). Ids must never change
	 * once published, whatever host serves the site, so this is fixed here rather than
	 * derived from the base URL.
	 */
	static final String TAG = "tag:sparkpulse,2026:";

	private final CatalogQueries catalog;

	private final ActivityQueries activity;

	private final DataVersion dataVersion;

	private final SiteProperties site;

	FeedService(CatalogQueries catalog, ActivityQueries activity, DataVersion dataVersion, SiteProperties site) {
		this.catalog = catalog;
		this.activity = activity;
		this.dataVersion = dataVersion;
		this.site = site;
	}

	public FeedOutcome product(String slug) {
		ProductSummary product = this.catalog.product(slug)
			.orElseThrow(() -> new NotFoundException("feed of product " + slug));
		return found(TAG + "feed/products/" + product.id(), product.name() + ": ship moves",
				"Every dated ship move Sparkpulse tracks for " + product.name() + " (" + product.sector().name()
						+ "), newest first. ⚡ marks editorial sparks.",
				SitePaths.productFeed(product.slug()), SitePaths.product(product.slug()),
				this.activity.recentOf(List.of(product.id()), ENTRIES), Map.of(product.id(), product), false);
	}

	public FeedOutcome sector(String slug) {
		SectorSummary sector = this.catalog.sector(slug)
			.orElseThrow(() -> new NotFoundException("feed of sector " + slug));
		List<ActivityEntry> entries = this.activity.latestInSector(sector.id(), ENTRIES);
		return found(TAG + "feed/sectors/" + sector.id(), sector.name() + ": ship moves",
				"The newest ship moves of the " + sector.name()
						+ " products Sparkpulse tracks. ⚡ marks editorial sparks.",
				SitePaths.sectorFeed(sector.slug()), SitePaths.sector(sector.slug()), entries, productsOf(entries),
				true);
	}

	/**
	 * The feed of a compared pair; like the compare page, other orders move permanently
	 * to the canonical URL (upper case has moved before the request got here), and a
	 * product compared with itself to that product's feed.
	 */
	public FeedOutcome pair(String rawPair) {
		ComparePath path = ComparePath.of(rawPair).orElseThrow(() -> new NotFoundException("feed of pair " + rawPair));
		Map<String, ProductSummary> found = this.catalog.products(path.candidateSlugs(2))
			.stream()
			.collect(Collectors.toMap(ProductSummary::slug, Function.identity()));
		List<String> slugs = path.resolve(2, found.keySet())
			.orElseThrow(() -> new NotFoundException("feed of pair " + rawPair));
		if (slugs.get(0).equals(slugs.get(1))) {
			return new FeedOutcome.MovedTo(SitePaths.productFeed(slugs.get(0)));
		}
		if (!ComparePath.canonical(slugs).equals(rawPair)) {
			return new FeedOutcome.MovedTo(SitePaths.compareFeed(slugs));
		}
		ProductSummary a = found.get(slugs.get(0));
		ProductSummary b = found.get(slugs.get(1));
		return found(TAG + "feed/compare/" + Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()),
				a.name() + " vs " + b.name() + ": ship moves",
				"The newest ship moves of " + a.name() + " and " + b.name()
						+ ", interleaved. ⚡ marks editorial sparks.",
				SitePaths.compareFeed(slugs), SitePaths.compare(slugs),
				this.activity.recentOf(List.of(a.id(), b.id()), ENTRIES), Map.of(a.id(), a, b.id(), b), true);
	}

	public FeedOutcome site() {
		List<ActivityEntry> entries = this.activity.latest(ENTRIES);
		return found(TAG + "feed/site", this.site.name() + ": latest ship moves",
				"The newest ship moves of every product " + this.site.name()
						+ " tracks, across all sectors. ⚡ marks editorial sparks.",
				SitePaths.siteFeed(), SitePaths.home(), entries, productsOf(entries), true);
	}

	private Map<Long, ProductSummary> productsOf(List<ActivityEntry> entries) {
		return this.catalog.productsByIds(entries.stream().map(ActivityEntry::productId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ProductSummary::id, Function.identity()));
	}

	private FeedOutcome found(String id, String title, String subtitle, String selfPath, String pagePath,
			List<ActivityEntry> activity, Map<Long, ProductSummary> products, boolean mixesProducts) {
		List<ActivityFeed.Entry> entries = activity.stream()
			.filter((entry) -> products.containsKey(entry.productId()))
			.map((entry) -> entry(entry, products.get(entry.productId()), mixesProducts))
			.toList();
		// A feed needs an updated date even when empty; the catalog's last change is the
		// honest one.
		Instant updated = entries.isEmpty() ? this.dataVersion.current().changedAt() : entries.get(0).published();
		return new FeedOutcome.Found(new ActivityFeed(id, title, subtitle, this.site.absolute(selfPath),
				this.site.absolute(pagePath), updated, entries));
	}

	private ActivityFeed.Entry entry(ActivityEntry entry, ProductSummary product, boolean mixesProducts) {
		String title = (entry.spark() ? "⚡ " : "") + (mixesProducts ? product.name() + " — " : "") + entry.title();
		String productUrl = this.site.absolute(SitePaths.product(product.slug()));
		String summary = (entry.summary() != null && !entry.summary().isBlank()) ? entry.summary()
				: entry.kind().label() + " of " + product.name() + ".";
		return new ActivityFeed.Entry(TAG + "activity/" + entry.id(), title, summary,
				(entry.sourceUrl() != null) ? entry.sourceUrl() : productUrl, productUrl, startOf(entry.occurredOn()),
				entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), entry.kind().label(), entry.spark());
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
