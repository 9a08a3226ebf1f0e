package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sparkpulse.facts.FactsQueries;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.freshness.PageCacheProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Each sector's most active products as similarity compares them (summaries with themes
 * and velocity, and facts), with how many of them carry each theme: two statements per
 * sector, then kept in memory while neither the sector's membership nor any of those
 * products changed, so a page ranks alternatives without asking the database while
 * nothing it shows changed.
 * <p>
 * Alternatives are drawn from a sector's {@value #MOST_ACTIVE} most active products: in a
 * sector of thousands the rest are rarely anyone's closest alternative, and holding every
 * product of every sector, with a version check per product on every page, did not fit in
 * the heap of a site with 100,000 products. A compared product outside them is added to
 * the page's own copy.
 */
@Service
class SectorPeers {

	private final CatalogQueries catalog;

	private final FactsQueries facts;

	private final DataVersionWatcher versions;

	/** How many of a sector's products alternatives are drawn from. */
	static final int MOST_ACTIVE = 500;

	private final boolean enabled;

	private final int mostActive;

	private final Cache<Long, Versioned> peers = Caffeine.newBuilder().maximumSize(256).build();

	@Autowired
	SectorPeers(CatalogQueries catalog, FactsQueries facts, DataVersionWatcher versions, PageCacheProperties cache) {
		this(catalog, facts, versions, cache, MOST_ACTIVE);
	}

	SectorPeers(CatalogQueries catalog, FactsQueries facts, DataVersionWatcher versions, PageCacheProperties cache,
			int mostActive) {
		this.catalog = catalog;
		this.facts = facts;
		this.versions = versions;
		this.enabled = cache.enabled();
		this.mostActive = mostActive;
	}

	/**
	 * The most active products of these products' sectors and these products themselves,
	 * with theme counts over all of them.
	 */
	Peers of(List<ProductSummary> products) {
		List<Long> sectors = products.stream().map((product) -> product.sector().id()).distinct().sorted().toList();
		Peers known = ofSectors(sectors);
		List<ProductSummary> missing = products.stream()
			.filter((product) -> !known.profiles().containsKey(product.id()))
			.toList();
		if (missing.isEmpty()) {
			return known;
		}
		Map<Long, ProductFacts> facts = this.facts.of(missing.stream().map(ProductSummary::id).toList());
		return known.with(missing.stream()
			.map((product) -> new PeerProfile(product,
					facts.getOrDefault(product.id(), ProductFacts.none(product.id()))))
			.toList());
	}

	private Peers ofSectors(List<Long> sectors) {
		if (!this.enabled) {
			return read(sectors);
		}
		if (sectors.size() == 1) {
			return sector(sectors.get(0));
		}
		List<Map<Long, PeerProfile>> profiles = new ArrayList<>(sectors.size());
		Map<String, Integer> counts = new HashMap<>();
		for (long sector : sectors) {
			Peers one = sector(sector);
			profiles.add(one.profiles());
			one.themeCounts().forEach((theme, count) -> counts.merge(theme, count, Integer::sum));
		}
		return new Peers(new JoinedProfiles(profiles), Collections.unmodifiableMap(counts));
	}

	/**
	 * Two statements, whatever the number of sectors.
	 */
	private Peers read(List<Long> sectors) {
		List<ProductSummary> products = this.catalog.topOfSectors(sectors, this.mostActive);
		Map<Long, ProductFacts> facts = this.facts.of(products.stream().map(ProductSummary::id).toList());
		return Peers.of(products.stream()
			.map((product) -> new PeerProfile(product,
					facts.getOrDefault(product.id(), ProductFacts.none(product.id()))))
			.toList());
	}

	private Peers sector(long sectorId) {
		Versioned known = this.peers.getIfPresent(sectorId);
		if (known != null && this.versions.isCurrent(known.stamp())) {
			return known.peers();
		}
		long before = this.versions.generation();
		Peers fresh = read(List.of(sectorId));
		List<String> keys = new ArrayList<>(fresh.profiles().size() + 2);
		keys.add(DependencyKeys.SITE);
		keys.add(DependencyKeys.sector(sectorId));
		fresh.profiles().keySet().forEach((product) -> keys.add(DependencyKeys.product(product)));
		DataVersionWatcher.Stamp stamp = this.versions.stamp(keys, before);
		if (stamp != null) {
			this.peers.put(sectorId, new Versioned(stamp, fresh));
		}
		return fresh;
	}

	/**
	 * @param profiles by product id
	 * @param themeCounts how many of these products carry each theme
	 */
	record Peers(Map<Long, PeerProfile> profiles, Map<String, Integer> themeCounts) {

		/**
		 * These peers and a few more (compared products outside the most active), read
		 * through rather than copied: the shared sectors' hundreds of profiles stay where
		 * they are.
		 */
		Peers with(List<PeerProfile> more) {
			Peers extra = of(more);
			Map<String, Integer> counts = new HashMap<>(this.themeCounts);
			extra.themeCounts().forEach((theme, count) -> counts.merge(theme, count, Integer::sum));
			return new Peers(new JoinedProfiles(List.of(this.profiles, extra.profiles())),
					Collections.unmodifiableMap(counts));
		}

		static Peers of(List<PeerProfile> list) {
			Map<Long, PeerProfile> profiles = new HashMap<>();
			Map<String, Integer> counts = new HashMap<>();
			for (PeerProfile profile : list) {
				profiles.put(profile.productId(), profile);
				profile.themes().forEach((theme) -> counts.merge(theme, 1, Integer::sum));
			}
			return new Peers(Map.copyOf(profiles), Map.copyOf(counts));
		}

	}

	private record Versioned(DataVersionWatcher.Stamp stamp, Peers peers) {
	}

}
