package io.sparkpulse.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.PageCacheProperties;

import org.springframework.stereotype.Service;

/**
 * The fastest shipping products across all sectors, for the home page and the search
 * page's suggestions: the top {@value #DEPTH} are read once per
 * {@link io.sparkpulse.freshness.DataVersion} and kept in memory, so those pages cost no
 * ranking query while nothing changed. Any write bumps the version (on every instance,
 * within a poll), and the next reader ranks again. Asking for more than the cached depth,
 * or running with {@code sparkpulse.cache.enabled=false}, reads straight from
 * {@link CatalogQueries}. (Alternatives are ranked by similarity in their own feature.)
 */
@Service
public class MostActiveProducts {

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
		long version = this.versions.current().version();
		Ranked known = this.ranked.get();
		if (known != null && known.version() == version) {
			return known.products();
		}
		// Read after taking the version: the list is at least as new as the version it is
		// filed under.
		Ranked fresh = new Ranked(version, List.copyOf(this.catalog.mostActive(DEPTH)));
		this.ranked.accumulateAndGet(fresh,
				(old, candidate) -> (old != null && old.version() > candidate.version()) ? old : candidate);
		return fresh.products();
	}

	private record Ranked(long version, List<ProductSummary> products) {
	}

}
