package io.sparkpulse.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.sparkpulse.ingest.FeedServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedParserTest {

	private final FeedParser parser = new FeedParser();

	@Test
	void readsAGithubReleasesAtomFeed() throws Exception {
		List<FeedEntry> entries = this.parser.parse(fixture("github-releases.atom"));
		assertThat(entries).extracting(FeedEntry::title).containsExactly("v2.4.0", "v2.4.0-rc.1", "v2.3.1", "v2.3.0");
		FeedEntry latest = entries.get(0);
		assertThat(latest.id()).isEqualTo("tag:github.com,2008:Repository/48151623/v2.4.0");
		assertThat(latest.link()).isEqualTo("https://github.com/lumen-example/lumen/releases/tag/v2.4.0");
		assertThat(latest.updated()).isEqualTo(Instant.parse("2026-06-15T09:00:00Z"));
		assertThat(latest.published()).isNull();
		assertThat(latest.summary())
			.isEqualTo("Lumen 2.4.0 Faster indexing & a new --watch mode. Incremental builds Smaller binaries");
	}

	@Test
	void readsAnRss2BlogWithHtmlDescriptions() throws Exception {
		List<FeedEntry> entries = this.parser.parse(fixture("blog.rss"));
		assertThat(entries).hasSize(6);
		FeedEntry first = entries.get(0);
		assertThat(first.id()).isEqualTo("https://lumen.example.org/blog/lumen-2-4/");
		assertThat(first.published()).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
		assertThat(first.summary()).isEqualTo("Faster indexing, a watch mode & more. Read on…");
		assertThat(entries.get(2).summary()).isEqualTo("Fuzzing, property tests and a lot of fixtures.");
		assertThat(entries.get(4).published()).isNull();
	}

	@Test
	void refusesExternalEntitiesReadingLocalFiles() {
		assertThatExceptionOfType(FeedParseException.class).isThrownBy(() -> this.parser.parse(fixture("xxe-file.xml")))
			.withMessageContaining("DOCTYPE")
			.withMessageNotContaining("root:");
	}

	@Test
	void refusesEntityExpansionBombsBeforeExpandingAnything() {
		assertThatExceptionOfType(FeedParseException.class)
			.isThrownBy(() -> this.parser.parse(fixture("billion-laughs.xml")))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void refusesEvenAHarmlessDoctype() {
		byte[] xml = "<?xml version=\"1.0\"?><!DOCTYPE rss><rss version=\"2.0\"><channel><title>t</title></channel></rss>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(FeedParseException.class).isThrownBy(() -> this.parser.parse(xml))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void refusesExternalEntitiesAndDtdsThatWouldCallAServer() throws Exception {
		try (FeedServer server = FeedServer.start()) {
			server.serve("/canary.dtd", FeedServer.Response.body("<!ENTITY leak \"x\">", "application/xml-dtd"))
				.serve("/canary", FeedServer.Response.body("secret", "text/plain"));
			byte[] xml = FeedServer.Response.fixture("xxe-http.xml")
				.replace("{port}", Integer.toString(server.port()))
				.getBytes(StandardCharsets.UTF_8);
			assertThatExceptionOfType(FeedParseException.class).isThrownBy(() -> this.parser.parse(xml))
				.withMessageContaining("DOCTYPE");
			assertThat(server.hits("/canary.dtd") + server.hits("/canary")).isZero();
		}
	}

	@Test
	void malformedXmlSaysWhere() {
		assertThatExceptionOfType(FeedParseException.class)
			.isThrownBy(() -> this.parser.parse(fixture("malformed.xml")))
			.withMessageStartingWith("Malformed XML (line");
	}

	@Test
	void wellFormedXmlThatIsNoFeedIsRefused() {
		assertThatExceptionOfType(FeedParseException.class)
			.isThrownBy(() -> this.parser.parse(fixture("not-a-feed.xml")))
			.withMessage("Not an RSS or Atom feed");
	}

	@Test
	void anEmptyBodyIsMalformed() {
		assertThatExceptionOfType(FeedParseException.class).isThrownBy(() -> this.parser.parse(new byte[0]))
			.withMessageStartingWith("Malformed XML");
	}

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
			return in.readAllBytes();
		}
	}

}
