package io.sparkpulse.alternatives;

import java.util.List;
import java.util.stream.Stream;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.facts.FactsQueries;
import io.sparkpulse.freshness.DataVersionWatcher;
import io.sparkpulse.freshness.PageCacheProperties;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alternatives come from a sector's most active products, so that a sector of thousands
 * is never held whole; a product outside them still gets its alternatives from them.
 */
@PageTest
class MostActivePeersTest {

	@Autowired
	CatalogQueries catalog;

	@Autowired
	FactsQueries facts;

	@Autowired
	DataVersionWatcher versions;

	@Autowired
	PageCacheProperties cache;

	@Autowired
	PageMetas metas;

	@Test
	void aSectorIsHeldByItsMostActiveProductsAndAQuieterOneIsAddedForItsOwnPage() {
		SectorPeers peers = new SectorPeers(this.catalog, this.facts, this.versions, this.cache, 3);
		ProductSummary synapse = this.catalog.product("synapse").orElseThrow();
		List<ProductSummary> sector = this.catalog.rankedInSector(synapse.sector().id(), 0, 100);
		List<Long> topThree = sector.stream().limit(3).map(ProductSummary::id).toList();
		ProductSummary quiet = sector.get(sector.size() - 1);

		SectorPeers.Peers held = peers.of(List.of(quiet));

		assertThat(sector).hasSizeGreaterThan(4);
		assertThat(held.profiles().keySet())
			.containsExactlyInAnyOrderElementsOf(Stream.concat(topThree.stream(), Stream.of(quiet.id())).toList());
		List<RankedAlternative> alternatives = new AlternativesService(this.catalog, peers, this.metas)
			.closest(List.of(quiet), 10);
		assertThat(alternatives).extracting((alternative) -> alternative.product().id())
			.containsExactlyInAnyOrderElementsOf(topThree);
	}

}
