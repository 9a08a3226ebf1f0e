package io.sparkpulse.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTest {

	@Test
	void markersSplitTheTextIntoPlainAndMatchedParts() {
		Highlight highlight = Highlight.parse("The \uE000Matrix\uE001 homeserver, \uE000Matrix\uE001 spec");
		assertThat(highlight.parts()).containsExactly(new Highlight.Part("The ", false),
				new Highlight.Part("Matrix", true), new Highlight.Part(" homeserver, ", false),
				new Highlight.Part("Matrix", true), new Highlight.Part(" spec", false));
		assertThat(highlight.hasMatch()).isTrue();
		assertThat(highlight.plain()).isEqualTo("The Matrix homeserver, Matrix spec");
	}

	@Test
	void markupInTheTextStaysTextForTheTemplateToEscape() {
		Highlight highlight = Highlight.parse("<b>\uE000Bold\uE001</b> & <script>");
		assertThat(highlight.parts()).containsExactly(new Highlight.Part("<b>", false),
				new Highlight.Part("Bold", true), new Highlight.Part("</b> & <script>", false));
	}

	@Test
	void aStrayMarkerOnlyMovesAHighlight() {
		assertThat(Highlight.parse("a\uE001b").parts()).containsExactly(new Highlight.Part("a", false),
				new Highlight.Part("b", false));
		assertThat(Highlight.parse("a\uE000b").parts()).containsExactly(new Highlight.Part("a", false),
				new Highlight.Part("b", true));
	}

	@Test
	void noTextHasNoParts() {
		assertThat(Highlight.parse(null).isEmpty()).isTrue();
		assertThat(Highlight.parse("plain").hasMatch()).isFalse();
	}

	@Test
	void excerptsStartAtTheBeginningOfAWord() {
		String source = "An open-source framework. Later, post-quantum keys land in every session setup.";
		Highlight excerpt = Highlight
			.excerpt("source \uE000framework\uE001. … quantum keys land in every \uE000session\uE001", source);
		assertThat(excerpt.plain()).isEqualTo("open-source framework. … post-quantum keys land in every session");
		assertThat(excerpt.parts()).contains(new Highlight.Part("framework", true),
				new Highlight.Part("session", true));
		assertThat(Highlight.excerpt("An open-source", source).plain()).isEqualTo("An open-source");
	}

}
