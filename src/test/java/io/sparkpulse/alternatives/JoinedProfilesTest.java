package io.sparkpulse.alternatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorRef;
import io.sparkpulse.catalog.ShipRhythm;
import io.sparkpulse.facts.ProductFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinedProfilesTest {

	@Test
	void readsEveryPartAsOneMap() {
		Map<Long, PeerProfile> first = Map.of(1L, profile(1), 2L, profile(2));
		Map<Long, PeerProfile> second = Map.of(3L, profile(3));
		JoinedProfiles joined = new JoinedProfiles(List.of(first, Map.of(), second));

		assertThat(joined).hasSize(3).containsKeys(1L, 2L, 3L).doesNotContainKey(4L);
		assertThat(joined.get(3L)).isSameAs(second.get(3L));
		assertThat(joined.get(4L)).isNull();
		assertThat(joined.values()).extracting(PeerProfile::productId).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(joined).isEqualTo(Map.of(1L, first.get(1L), 2L, first.get(2L), 3L, second.get(3L)));
	}

	private static PeerProfile profile(long id) {
		return new PeerProfile(new ProductSummary(id, "p" + id, "P" + id, "", "", null, null,
				new SectorRef(1, "s", "S"), BigDecimal.ONE, 0, null, false, List.of(),
				new ShipRhythm(null, null, null, null, null, null, null, null)), ProductFacts.none(id));
	}

}
