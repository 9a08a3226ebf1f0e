package io.sparkpulse.admin.products;

import java.util.List;
import java.util.Set;

import io.sparkpulse.admin.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewThemesTest {

	private static final Set<String> EXISTING = Set.of("matrix", "self-hosted", "agents");

	@Test
	void existingThemesNeedNoAnswer() {
		NewThemes check = NewThemes.of(List.of("matrix", "agents"), EXISTING, List.of());
		assertThat(check.themes()).isEmpty();
		assertThat(check.problem()).isEmpty();
	}

	@Test
	void aNewThemeIsRefusedUntilConfirmedAndNamesTheThemesItIsCloseTo() {
		NewThemes asked = NewThemes.of(List.of("matrix", "self-hosting"), EXISTING, List.of());
		assertThat(asked.themes())
			.containsExactly(new NewThemes.NewTheme("self-hosting", List.of("self-hosted"), false));
		assertThat(asked.problem()).contains(new Outcome.Rejected("themes",
				"Themes: “self-hosting” is not a theme yet (close to self-hosted); tick “Create new theme” below to "
						+ "make it, or use an existing theme instead."));

		NewThemes confirmed = NewThemes.of(List.of("matrix", "self-hosting"), EXISTING, List.of("self-hosting"));
		assertThat(confirmed.themes()).extracting(NewThemes.NewTheme::confirmed).containsExactly(true);
		assertThat(confirmed.problem()).isEmpty();
	}

	@Test
	void aConfirmationCountsOnlyForTheThemeItNamesAndMalformedSlugsAreLeftToTheListCheck() {
		NewThemes check = NewThemes.of(List.of("webrtc", "voice-calls", "Bad Theme"), EXISTING, List.of("webrtc"));
		assertThat(check.themes()).extracting(NewThemes.NewTheme::slug).containsExactly("webrtc", "voice-calls");
		assertThat(check.problem()).get()
			.extracting(Outcome.Rejected::message)
			.isEqualTo("Themes: “voice-calls” is not a theme yet; tick “Create new theme” below to make it, "
					+ "or use an existing theme instead.");
	}

}
