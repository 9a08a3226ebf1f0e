package io.sparkpulse.editorial;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorialMarkdownTest {

	private final EditorialMarkdown markdown = new EditorialMarkdown();

	@Test
	void rendersEmphasisListsAndParagraphs() {
		Document html = render("Steady *progress* and **big** news.\n\n- first\n- second\n\n1. one\n2. two");
		assertThat(html.select("p em").text()).isEqualTo("progress");
		assertThat(html.select("p strong").text()).isEqualTo("big");
		assertThat(html.select("ul > li").eachText()).containsExactly("first", "second");
		assertThat(html.select("ol > li").eachText()).containsExactly("one", "two");
	}

	@Test
	void webLinksKeepTheirAddressAndAreMarkedNofollowNoopener() {
		Document html = render(
				"See [the changelog](https://example.org/changes?a=1&b=2) or [mail us](mailto:ed@example.org).");
		assertThat(html.select("a").eachAttr("href")).containsExactly("https://example.org/changes?a=1&b=2",
				"mailto:ed@example.org");
		assertThat(html.select("a").eachAttr("rel")).containsOnly("nofollow noopener");
	}

	@Test
	void rawHtmlIsEscapedNotRendered() {
		String out = this.markdown
			.toHtml("Before <script>alert(1)</script> after <b onmouseover=\"x()\">bold</b>\n\n<div>block</div>");
		Document html = Jsoup.parseBodyFragment(out);
		assertThat(html.select("script, b, div")).isEmpty();
		assertThat(html.text()).contains("<script>alert(1)</script>", "<b onmouseover=\"x()\">", "<div>block</div>");
		assertThat(out).doesNotContain("<script").contains("&lt;script&gt;");
	}

	@Test
	void javascriptAndDataLinksBecomePlainText() {
		for (String link : new String[] { "[click](javascript:alert(1))", "[click](JavaScript:alert(1))",
				"[click](  javascript:alert(1)  )", "[click](&#106;avascript:alert(1))",
				"[click](jav&#x09;ascript:alert(1))", "[click](data:text/html;base64,PHNjcmlwdD4=)",
				"[click](vbscript:msgbox)", "<javascript:alert(1)>", "[click](/relative/path)",
				"[click](//evil.example/x)", "[click][ref]\n\n[ref]: javascript:alert(1)" }) {
			Document html = render(link);
			assertThat(html.select("a")).as(link).isEmpty();
			assertThat(html.text()).as(link).doesNotContain("href");
		}
		assertThat(render("[click](javascript:alert(1))").text()).isEqualTo("click");
	}

	@Test
	void imagesNeverRenderAsImagesOnlyAsTheirAltText() {
		Document html = render("Logo: ![the logo](https://example.org/logo.png) and ![x](data:image/png;base64,AAAA)");
		assertThat(html.select("img")).isEmpty();
		assertThat(html.text()).isEqualTo("Logo: the logo and x");
	}

	@Test
	void aLinkAroundAnImageKeepsTheLinkWithoutTheImage() {
		Document html = render("[![badge](https://example.org/b.svg)](https://example.org)");
		assertThat(html.select("img")).isEmpty();
		assertThat(html.select("a").attr("href")).isEqualTo("https://example.org");
		assertThat(html.select("a").text()).isEqualTo("badge");
	}

	@Test
	void htmlEntitiesStayText() {
		Document html = render("AT&amp;T &lt;b&gt;not bold&lt;/b&gt; &copy; 5 < 6 & 7 > 3");
		assertThat(html.select("b")).isEmpty();
		assertThat(html.text()).isEqualTo("AT&T <b>not bold</b> © 5 < 6 & 7 > 3");
	}

	@Test
	void headingsQuotesAndCodeBlocksStayParagraphText() {
		Document html = render("# Big title\n\n> quoted\n\n    indented code\n\n```\nfenced\n```\n\n---");
		assertThat(html.select("h1, h2, blockquote, pre, hr")).isEmpty();
		assertThat(html.text()).contains("# Big title", "> quoted", "indented code", "fenced");
	}

	@Test
	void nestedMarkupInsideListsAndLinksIsKeptButStillSanitised() {
		Document html = render(
				"- **[safe](https://example.org)** and *[unsafe](javascript:x)*\n- <img src=x onerror=alert(1)>");
		assertThat(html.select("li strong a").attr("href")).isEqualTo("https://example.org");
		assertThat(html.select("li em").text()).isEqualTo("unsafe");
		assertThat(html.select("li em a, img")).isEmpty();
		assertThat(html.select("li").get(1).text()).isEqualTo("<img src=x onerror=alert(1)>");
	}

	@Test
	void emptyTextRendersNothing() {
		assertThat(this.markdown.toHtml(null)).isEmpty();
		assertThat(this.markdown.toHtml("  \n ")).isEmpty();
	}

	private Document render(String text) {
		return Jsoup.parseBodyFragment(this.markdown.toHtml(text));
	}

}
