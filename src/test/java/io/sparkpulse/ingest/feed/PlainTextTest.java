package io.sparkpulse.ingest.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

	@Test
	void tagsAreDroppedAndBlocksBecomeSpaces() {
		assertThat(PlainText
			.fromHtml("<h2>Lumen 2.4</h2><p>Faster <strong>indexing</strong>.</p><ul><li>One</li><li>Two</li></ul>"))
			.isEqualTo("Lumen 2.4 Faster indexing . One Two");
	}

	@Test
	void scriptsStylesAndCommentsLeaveNoTextBehind() {
		assertThat(PlainText
			.fromHtml("<p>Hi</p><script type=\"x\">alert('<b>x</b>')</script><STYLE>p{}</STYLE><!-- note -->there"))
			.isEqualTo("Hi there");
	}

	@Test
	void characterReferencesAreDecodedOnceAndUnknownOnesKept() {
		assertThat(PlainText.fromHtml("a &amp;amp; b &lt;c&gt; &#8212; &#x2026; &hellip; &nosuch; & d"))
			.isEqualTo("a &amp; b <c> — … … &nosuch; & d");
	}

	@Test
	void aLessThanSignThatStartsNoTagIsText() {
		assertThat(PlainText.fromHtml("if a < b and 3<4 then")).isEqualTo("if a < b and 3<4 then");
	}

	@Test
	void anUnterminatedTagOrElementEndsTheText() {
		assertThat(PlainText.fromHtml("Before <a href=\"x")).isEqualTo("Before");
		assertThat(PlainText.fromHtml("Before <script>never closed")).isEqualTo("Before");
	}

	@Test
	void controlCharactersAndWhitespaceRunsCollapse() {
		assertThat(PlainText.fromText("  one\n\ttwo\u0000three\u00a0four  ")).isEqualTo("one two three four");
	}

	@Test
	void truncationCutsAtAWordNearTheLimitAndMarksIt() {
		assertThat(PlainText.truncate("short", 10)).isEqualTo("short");
		assertThat(PlainText.truncate("The quick brown fox jumps", 20)).isEqualTo("The quick brown fox…").hasSize(20);
		assertThat(PlainText.truncate("abcdefghijklmnopqrstuvwxyz", 10)).isEqualTo("abcdefghi…").hasSize(10);
	}

	@Test
	void truncationNeverSplitsASurrogatePair() {
		String text = "aaaaaaaaa😀bbb";
		assertThat(PlainText.truncate(text, 11)).isEqualTo("aaaaaaaaa…");
	}

	@Test
	void hugeHostileMarkupIsHandledInLinearTime() {
		String hostile = "<script>".repeat(50_000) + "<style" + "x".repeat(100_000);
		assertThat(PlainText.fromHtml(hostile)).isEmpty();
	}

}
