package io.sparkpulse.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.freshness.PageCacheProperties;

import org.springframework.stereotype.Service;

/**
 * The fastest shipping products across all sectors, for the home page and the search
 * page's suggestions: the top {@value #DEPTH} are read once and kept in memory while no
 * product or sector ranking changed, so those pages cost no ranking query while nothing
 * changed. A write to any product moves that (on every instance, within a poll), and the
 * next reader ranks again. Asking for more than the cached depth, or running with
 * {@code sparkpulse.cache.enabled=false}, reads straight from {@link CatalogQueries}.
 * (Alternatives are ranked by similarity in their own feature.)
 */
@Service
public class MostActiveProducts {

	/** A list across every sector shows any product and any sector's order. */
	private static final List<String> SHOWN = List.of(DependencyKeys.SITE, DependencyKeys.PRODUCTS,
			DependencyKeys.SECTORS);

	/** More than any page lists. */
	static final int DEPTH = 64;

	private final CatalogQueries catalog;

	private final DataVersionWatcher versions;

	private final boolean enabled;

	private final AtomicReference<Ranked> ranked = new AtomicReference<>();

	MostActiveProducts(CatalogQueries catalog, DataVersionWatcher versions, PageCacheProperties cache) {
		this.catalog = catalog;
		this.versions = versions;
		this.enabled = cache.enabled();
	}

	/**
	 * The fastest shipping products across all sectors.
	 */
	public List<ProductSummary> mostActive(int limit) {
		if (!this.enabled || limit > DEPTH) {
			return this.catalog.mostActive(limit);
		}
		List<ProductSummary> top = top();
		return top.subList(0, Math.min(limit, top.size()));
	}

	private List<ProductSummary> top() {
		Ranked known = this.ranked.get();
		if (known != null && this.versions.isCurrent(known.stamp())) {
			return known.products();
		}
		long before = this.versions.generation();
		List<ProductSummary> products = List.copyOf(this.catalog.mostActive(DEPTH));
		DataVersionWatcher.Stamp stamp = this.versions.stamp(SHOWN, before);
		if (stamp != null) {
			this.ranked.set(new Ranked(stamp, products));
		}
		return products;
	}

	private record Ranked(DataVersionWatcher.Stamp stamp, List<ProductSummary> products) {
	}

}
