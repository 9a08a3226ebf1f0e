package io.sparkpulse.feeds;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AtomFeedsTest {

	private static final Instant DAY = Instant.parse("2026-06-12T00:00:00Z");

	@Test
	void textIsEscapedAndCharactersXmlCannotCarryAreDropped() throws Exception {
		ActivityFeed.Entry entry = new ActivityFeed.Entry("tag:sparkpulse,2026:activity/1",
				"⚡ A <b>bold</b> & \u0007loud\u0000 release", "Summary with ]]> and \uFFFF",
				"https://example.org/?a=1&b=<2>", "http://localhost/products/x", DAY, "release", "Release", true);
		String xml = AtomFeeds.write(new ActivityFeed("tag:sparkpulse,2026:feed/site", "Feed & <friends>", "Sub",
				"http://localhost/feed.atom", "http://localhost/", DAY, List.of(entry)), "Sparkpulse");

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
		assertThat(feed.getTitle()).isEqualTo("Feed & <friends>");
		Entry parsed = feed.getEntries().get(0);
		assertThat(parsed.getTitle()).isEqualTo("⚡ A <b>bold</b> & loud release");
		assertThat(parsed.getSummary().getValue()).isEqualTo("Summary with ]]> and");
		assertThat(parsed.getAlternateLinks().get(0).getHref()).isEqualTo("https://example.org/?a=1&b=<2>");
		assertThat(parsed.getOtherLinks()).extracting("rel", "href")
			.containsExactly(tuple("related", "http://localhost/products/x"));
		assertThat(parsed.getCategories()).extracting("term").containsExactly("release", "spark");
	}

	@Test
	void xmlKeepsEveryCharacterXmlAllows() {
		assertThat(AtomWriter.xml("tab\tline\ncr\r ⚡ 🚀 é")).isEqualTo("tab\tline\ncr\r ⚡ 🚀 é");
		assertThat(AtomWriter.xml("\u0001\u001F\uD800\uFFFE")).isEmpty();
	}

}
