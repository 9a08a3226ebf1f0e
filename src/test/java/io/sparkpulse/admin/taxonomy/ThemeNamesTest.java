package io.sparkpulse.admin.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeNamesTest {

	@Test
	void endingsAndHyphensDoNotMakeADifferentTheme() {
		assertThat(ThemeNames.key("self-hosted")).isEqualTo(ThemeNames.key("self-hosting"))
			.isEqualTo(ThemeNames.key("selfhosted"))
			.isEqualTo(ThemeNames.key("self-hosts"));
		assertThat(ThemeNames.key("agents")).isEqualTo(ThemeNames.key("agent"));
		assertThat(ThemeNames.key("libraries")).isEqualTo(ThemeNames.key("library"));
		assertThat(ThemeNames.key("caches")).isEqualTo(ThemeNames.key("cache"));
	}

	@Test
	void wordsThatOnlyLookLikeEndingsStay() {
		assertThat(ThemeNames.stem("address")).isEqualTo("address");
		assertThat(ThemeNames.stem("status")).isEqualTo("status");
		assertThat(ThemeNames.stem("ai")).isEqualTo("ai");
		assertThat(ThemeNames.stem("ring")).isEqualTo("ring");
		assertThat(ThemeNames.key("federation")).isNotEqualTo(ThemeNames.key("federated"));
	}

	@Test
	void oneThemeInsideAnotherIsANearDuplicate() {
		assertThat(ThemeNames.nearDuplicates("agents", "ai-agents")).isTrue();
		assertThat(ThemeNames.nearDuplicates("agent-based", "agent")).isTrue();
		assertThat(ThemeNames.nearDuplicates("ai-agents", "ai-assistants")).isFalse();
		assertThat(ThemeNames.nearDuplicates("matrix", "xmpp")).isFalse();
		assertThat(ThemeNames.nearDuplicates("matrix", "matrix")).as("the same slug is not a near-duplicate").isFalse();
	}

	@Test
	void similarThemesListTheSameSpellingsFirstThenTheOverlappingOnes() {
		List<String> existing = List.of("ai-agents", "agent-based", "agents", "matrix", "self-hosted", "self-hosting");
		assertThat(ThemeNames.similar("agent", existing)).containsExactly("agents", "ai-agents", "agent-based");
		assertThat(ThemeNames.similar("selfhosting", existing)).containsExactly("self-hosted", "self-hosting");
		assertThat(ThemeNames.similar("webrtc", existing)).isEmpty();
	}

}
