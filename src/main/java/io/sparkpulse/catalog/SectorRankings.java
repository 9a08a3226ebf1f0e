package io.sparkpulse.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.freshness.PageCacheProperties;

import org.springframework.stereotype.Service;

/**
 * Sectors ranked by velocity, for every page that shows "the alternatives": each sector's
 * top {@value #DEPTH} products are read once and kept in memory while neither the
 * sector's ranking nor any of those products changed, so a compare, product or
 * alternatives page costs no ranking query while nothing it shows changed. A write that
 * moves one of those versions (on every instance, within a poll) makes the next reader
 * rank the sector again; writes to other sectors, or to products outside the top that do
 * not reorder it, do not.
 * <p>
 * It was the costliest statement of a crawl over a large catalog: an index walk in score
 * order that visits every product until it has found enough of the wanted sectors. Asking
 * for more than the cached depth, or running with {@code sparkpulse.cache.enabled=false},
 * reads straight from {@link CatalogQueries}.
 */
@Service
public class SectorRankings {

	/**
	 * Enough for the longest list a page shows from the cache: 50 alternatives plus the
	 * product itself.
	 */
	static final int DEPTH = 64;

	/** {@link CatalogQueries#RANKING_KEY} in Java. */
	static final Comparator<ProductSummary> RANKING = Comparator.comparing(ProductSummary::velocity)
		.reversed()
		.thenComparing((ProductSummary product) -> product.rhythm().releases90d(),
				Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((ProductSummary product) -> product.rhythm().lastReleaseOn(),
				Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((ProductSummary product) -> product.rhythm().medianReleaseGapDays(),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ProductSummary::lastMoveOn, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingLong(ProductSummary::id);

	private static final long ALL_SECTORS = -1;

	private final CatalogQueries catalog;

	private final DataVersionWatcher versions;

	private final boolean enabled;

	private final Cache<Long, Ranked> ranked = Caffeine.newBuilder().maximumSize(512).build();

	SectorRankings(CatalogQueries catalog, DataVersionWatcher versions, PageCacheProperties cache) {
		this.catalog = catalog;
		this.versions = versions;
		this.enabled = cache.enabled();
	}

	/**
	 * Products of the given sectors, fastest shipping first, leaving out
	 * {@code excludedIds}.
	 */
	public List<ProductSummary> ranked(Collection<Long> sectorIds, Collection<Long> excludedIds, int limit) {
		// Each sector's top (limit + excluded) is enough: leaving out the excluded ones
		// still leaves the
		// top `limit` of the merged list.
		if (!this.enabled || limit + excludedIds.size() > DEPTH) {
			return this.catalog.rankedInSectors(sectorIds, excludedIds, limit);
		}
		Set<Long> excluded = new HashSet<>(excludedIds);
		List<ProductSummary> merged = new ArrayList<>();
		for (long sector : new HashSet<>(sectorIds)) {
			merged.addAll(top(sector, () -> this.catalog.topOfSector(sector, DEPTH)));
		}
		return merged.stream()
			.filter((product) -> !excluded.contains(product.id()))
			.sorted(RANKING)
			.limit(limit)
			.toList();
	}

	/**
	 * The fastest shipping products across all sectors.
	 */
	public List<ProductSummary> mostActive(int limit) {
		if (!this.enabled || limit > DEPTH) {
			return this.catalog.mostActive(limit);
		}
		List<ProductSummary> top = top(ALL_SECTORS, () -> this.catalog.mostActive(DEPTH));
		return top.subList(0, Math.min(limit, top.size()));
	}

	private List<ProductSummary> top(long key, Supplier<List<ProductSummary>> read) {
		Ranked known = this.ranked.getIfPresent(key);
		if (known != null && this.versions.isCurrent(known.stamp())) {
			return known.products();
		}
		long before = this.versions.generation();
		List<ProductSummary> products = List.copyOf(read.get());
		DataVersionWatcher.Stamp stamp = this.versions.stamp(dependencies(key, products), before);
		if (stamp != null) {
			this.ranked.put(key, new Ranked(stamp, products));
		}
		return products;
	}

	/**
	 * What a top list shows: its members (names, scores, themes) and the sector's order
	 * (which products are in the top, and where); across all sectors, any product.
	 */
	private static List<String> dependencies(long key, List<ProductSummary> products) {
		List<String> keys = new ArrayList<>(products.size() + 2);
		keys.add(DependencyKeys.SITE);
		if (key == ALL_SECTORS) {
			keys.add(DependencyKeys.PRODUCTS);
			keys.add(DependencyKeys.SECTORS);
			return keys;
		}
		keys.add(DependencyKeys.sector(key));
		products.forEach((product) -> keys.add(DependencyKeys.product(product.id())));
		return keys;
	}

	private record Ranked(DataVersionWatcher.Stamp stamp, List<ProductSummary> products) {
	}

}
