package io.sparkpulse.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparePathTest {

	@Test
	void aPlainPairSplitsOneWay() {
		assertThat(ComparePath.of("session-vs-synapse").orElseThrow().splits(2))
			.containsExactly(List.of("session", "synapse"));
	}

	@Test
	void slugsThatContainVsSplitEveryPossibleWay() {
		ComparePath path = ComparePath.of("a-vs-b-vs-c").orElseThrow();
		assertThat(path.splits(2)).containsExactly(List.of("a", "b-vs-c"), List.of("a-vs-b", "c"));
		assertThat(path.splits(3)).containsExactly(List.of("a", "b", "c"));
		assertThat(path.candidateSlugs()).containsExactly("a", "b-vs-c", "a-vs-b", "c", "b");
	}

	@Test
	void theSplitWhoseSlugsAllExistWins() {
		ComparePath path = ComparePath.of("a-vs-b-vs-c").orElseThrow();
		assertThat(path.resolve(Set.of("a-vs-b", "c"))).contains(List.of("a-vs-b", "c"));
		assertThat(path.resolve(Set.of("a", "b", "c"))).contains(List.of("a", "b", "c"));
		assertThat(path.resolve(Set.of("a", "c"))).isEmpty();
	}

	@Test
	void splitsNeverProduceMalformedSlugs() {
		assertThat(ComparePath.of("-vs-b").orElseThrow().splits(2)).isEmpty();
		assertThat(ComparePath.of("a-vs--b").orElseThrow().splits(2)).isEmpty();
		assertThat(ComparePath.of("a-vs-").orElseThrow().splits(2)).isEmpty();
		assertThat(ComparePath.of("session").orElseThrow().splits(2)).isEmpty();
	}

	@Test
	void theCanonicalOrderIsAlphabeticalBySlug() {
		assertThat(ComparePath.canonical(List.of("synapse", "session"))).isEqualTo("session-vs-synapse");
		assertThat(ComparePath.canonical(List.of("session", "synapse"))).isEqualTo("session-vs-synapse");
	}

	@Test
	void anythingButLowerCaseSlugCharactersIsRejected() {
		assertThat(ComparePath.of("<script>-vs-b")).isEmpty();
		assertThat(ComparePath.of("a_b-vs-c")).isEmpty();
		assertThat(ComparePath.of("../etc-vs-passwd")).isEmpty();
		assertThat(ComparePath.of("a".repeat(400))).isEmpty();
		assertThat(ComparePath.of(null)).isEmpty();
		assertThat(ComparePath.of("a" + "-vs-a".repeat(7))).isEmpty();
	}

	@Test
	void upperCaseOnlyPathsHaveALowerCaseVariant() {
		assertThat(ComparePath.lowerCaseVariant("Session-VS-Synapse")).contains("session-vs-synapse");
		assertThat(ComparePath.lowerCaseVariant("session-vs-synapse")).isEmpty();
		assertThat(ComparePath.lowerCaseVariant("Séssion-vs-synapse")).isEmpty();
	}

}
