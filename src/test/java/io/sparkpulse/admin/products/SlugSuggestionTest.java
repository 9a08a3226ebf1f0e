package io.sparkpulse.admin.products;

import io.sparkpulse.admin.SlugSuggestion;
import io.sparkpulse.web.Slugs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugSuggestionTest {

	@Test
	void foldsAccentsAndLowersCase() {
		assertThat(SlugSuggestion.from("Señor Café Ünïcode")).isEqualTo("senor-cafe-unicode");
		assertThat(SlugSuggestion.from("Straße Œuvre Łódź Ærø")).isEqualTo("strasse-oeuvre-lodz-aero");
	}

	@Test
	void keepsOnlyLettersDigitsAndSingleDashes() {
		assertThat(SlugSuggestion.from("  Next.js 15 -- (beta)!  ")).isEqualTo("next-js-15-beta");
		assertThat(SlugSuggestion.from("C++ & Rust")).isEqualTo("c-and-rust");
		assertThat(SlugSuggestion.from("a---b___c")).isEqualTo("a-b-c");
	}

	@Test
	void nothingUsableGivesAnEmptySlug() {
		assertThat(SlugSuggestion.from("!!! ??? 中文")).isEmpty();
		assertThat(SlugSuggestion.from(null)).isEmpty();
	}

	@Test
	void longNamesAreCutAtAWordWithinSixtyCharacters() {
		String slug = SlugSuggestion.from("The quite extraordinarily long product name that keeps going and going");
		assertThat(slug).isEqualTo("the-quite-extraordinarily-long-product-name-that-keeps-going");
		assertThat(slug.length()).isLessThanOrEqualTo(60);
		String oneWord = SlugSuggestion.from("x".repeat(80));
		assertThat(oneWord).hasSize(60);
	}

	@Test
	void everySuggestionIsAWellFormedSlug() {
		for (String name : new String[] { "Señor Café", "--x--", "A".repeat(61) + " b", "1Password 8", "Ünï-Çødé" }) {
			assertThat(Slugs.isWellFormed(SlugSuggestion.from(name))).as(name).isTrue();
		}
	}

}
