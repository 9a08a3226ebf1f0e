package io.sparkpulse.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void noQueryIsAnEmptyQuery() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of("  \t\n ").isEmpty()).isTrue();
	}

	@Test
	void controlCharactersBecomeSpacesAndWhiteSpaceCollapses() {
		SearchQuery query = SearchQuery.of("  matrix\u0000\u0007home\tserver \n\n ");
		assertThat(query.text()).isEqualTo("matrix home server");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void aQueryOverTheLimitIsCutToItAndSaysSo() {
		SearchQuery exact = SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH));
		assertThat(exact.text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(exact.shortened()).isFalse();

		SearchQuery longer = SearchQuery.of("b".repeat(SearchQuery.MAX_LENGTH + 1));
		assertThat(longer.text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(longer.shortened()).isTrue();
	}

	@Test
	void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
		String emoji = "⚡🚀";
		SearchQuery query = SearchQuery.of(emoji.repeat(SearchQuery.MAX_LENGTH));
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(query.text().charAt(query.text().length() - 1))).isFalse();
	}

	@Test
	void namesAreComparedWithTheWholeQueryAndEachWordLongEnough() {
		assertThat(SearchQuery.of("Synpase on my VM synpase").nameCandidates())
			.containsExactly("synpase on my vm synpase", "synpase");
		assertThat(SearchQuery.of("db").nameCandidates()).isEmpty();
	}

}
