package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sparkpulse.facts.FactsQueries;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.DependencyKeys;
import io.sparkpulse.freshness.PageCacheProperties;

import org.springframework.stereotype.Service;

/**
 * Each sector's products as similarity compares them (summaries with themes and velocity,
 * and facts), with how many of them carry each theme: two statements per sector, then
 * kept in memory while neither the sector's membership nor any of its products changed,
 * so a page ranks alternatives without asking the database while nothing it shows
 * changed.
 */
@Service
class SectorPeers {

	private final CatalogQueries catalog;

	private final FactsQueries facts;

	private final DataVersionWatcher versions;

	private final boolean enabled;

	private final Cache<Long, Versioned> peers = Caffeine.newBuilder().maximumSize(256).build();

	SectorPeers(CatalogQueries catalog, FactsQueries facts, DataVersionWatcher versions, PageCacheProperties cache) {
		this.catalog = catalog;
		this.facts = facts;
		this.versions = versions;
		this.enabled = cache.enabled();
	}

	/**
	 * The products of these sectors, with theme counts over all of them.
	 */
	Peers of(Collection<Long> sectorIds) {
		List<Long> sectors = sectorIds.stream().distinct().sorted().toList();
		if (!this.enabled) {
			return read(sectors);
		}
		if (sectors.size() == 1) {
			return sector(sectors.get(0));
		}
		Map<Long, PeerProfile> profiles = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (long sector : sectors) {
			Peers one = sector(sector);
			profiles.putAll(one.profiles());
			one.themeCounts().forEach((theme, count) -> counts.merge(theme, count, Integer::sum));
		}
		return new Peers(Map.copyOf(profiles), Map.copyOf(counts));
	}

	/**
	 * Two statements, whatever the number of sectors.
	 */
	private Peers read(List<Long> sectors) {
		Map<Long, ProductFacts> facts = this.facts.ofSectors(sectors);
		return Peers.of(this.catalog.rankedInSectors(sectors, List.of(), Integer.MAX_VALUE)
			.stream()
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
