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
 * top {@value #DEPTH} products are read once per version of {@link DependencyKeys#ALL}
 * and kept in memory, so a compare, product or alternatives page costs no ranking query
 * while nothing changed. Any write moves that version (on every instance, within a poll),
 * and the next reader ranks the sector again.
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
		long version = this.versions.version(DependencyKeys.ALL);
		Ranked known = this.ranked.getIfPresent(key);
		if (known != null && known.version() == version) {
			return known.products();
		}
		// Read after taking the version: the list is at least as new as the version it is
		// filed under.
		Ranked fresh = new Ranked(version, List.copyOf(read.get()));
		this.ranked.asMap()
			.merge(key, fresh, (old, candidate) -> (old.version() > candidate.version()) ? old : candidate);
		return fresh.products();
	}

	private record Ranked(long version, List<ProductSummary> products) {
	}

}
