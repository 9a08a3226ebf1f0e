package io.sparkpulse.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonogramTest {

	@Test
	void theSameSlugAlwaysGetsTheSameMark() {
		assertThat(Monogram.of("session", "Session")).isEqualTo(Monogram.of("session", "Session"));
	}

	@Test
	void productsWithTheSameInitialGetDifferentColours() {
		Monogram session = Monogram.of("session", "Session");
		Monogram synapse = Monogram.of("synapse", "Synapse");
		assertThat(session.letter()).isEqualTo(synapse.letter()).isEqualTo("S");
		assertThat(session.background()).isNotEqualTo(synapse.background());
	}

	@Test
	void whiteTextReachesAaContrastOnEveryColour() {
		for (String slug : List.of("session", "synapse", "signal", "redis", "react", "a", "zz-top", "yellow",
				"lime-green", "cyan")) {
			assertThat(Monogram.contrastWithWhite(Monogram.of(slug, slug).background())).as(slug)
				.isGreaterThanOrEqualTo(4.5);
		}
		for (int i = 0; i < 500; i++) {
			assertThat(Monogram.contrastWithWhite(Monogram.of("product-" + i, "P").background()))
				.isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void theLetterIsTheNamesFirstCharacterInUpperCase() {
		assertThat(Monogram.of("duckdb", "duckdb").letter()).isEqualTo("D");
	}

}
