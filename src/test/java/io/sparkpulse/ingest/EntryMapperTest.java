package io.sparkpulse.ingest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.ingest.feed.FeedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EntryMapperTest {

	private static final URI FEED = URI.create("https://lumen.example.org/blog/rss.xml");

	private static final Instant JUNE_15 = Instant.parse("2026-06-15T23:30:00Z");

	@Test
	void anEntryBecomesActivityDatedByItsPublishedDayInUtc() {
		SourcedActivity activity = single(new FeedEntry("urn:1", "https://lumen.example.org/a", "v2.4.0", "Notes",
				JUNE_15, Instant.parse("2026-06-20T00:00:00Z")), FeedKind.RELEASES);
		assertThat(activity).isEqualTo(new SourcedActivity("urn:1", LocalDate.of(2026, 6, 15), ActivityKind.RELEASE,
				"v2.4.0", "Notes", "https://lumen.example.org/a"));
	}

	@Test
	void withoutAPublishedTimeTheUpdatedTimeDatesIt() {
		assertThat(single(entry("urn:1", "v1.0", null, JUNE_15), FeedKind.RELEASES).occurredOn())
			.isEqualTo(LocalDate.of(2026, 6, 15));
	}

	@Test
	void entriesWithoutIdentityTitleOrDateAreSkipped() {
		List<SourcedActivity> activities = EntryMapper.map(
				List.of(new FeedEntry(null, null, "No identity", null, JUNE_15, null),
						new FeedEntry("urn:2", null, "  ", null, JUNE_15, null),
						new FeedEntry("urn:3", null, "Undated", null, null, null), new FeedEntry(null,
								"https://lumen.example.org/kept", "Identified by its link", null, JUNE_15, null)),
				FeedKind.BLOG, FEED, 100);
		assertThat(activities).extracting(SourcedActivity::entryId).containsExactly("https://lumen.example.org/kept");
	}

	@Test
	void aRepeatedIdKeepsItsFirstEntryOnly() {
		List<SourcedActivity> activities = EntryMapper.map(
				List.of(entry("urn:1", "First", JUNE_15, null), entry("urn:1", "Second", JUNE_15, null)), FeedKind.BLOG,
				FEED, 100);
		assertThat(activities).extracting(SourcedActivity::title).containsExactly("First");
	}

	@Test
	void onlyTheFirstEntriesUpToTheLimitAreRead() {
		List<SourcedActivity> activities = EntryMapper.map(List.of(entry("urn:1", "One", JUNE_15, null),
				entry("urn:2", "Two", JUNE_15, null), entry("urn:3", "Three", JUNE_15, null)), FeedKind.BLOG, FEED, 2);
		assertThat(activities).extracting(SourcedActivity::entryId).containsExactly("urn:1", "urn:2");
	}

	@Test
	void titlesAndSummariesAreCutToTheirColumns() {
		SourcedActivity activity = single(
				new FeedEntry("urn:1", null, "t".repeat(300), "word ".repeat(200), JUNE_15, null), FeedKind.BLOG);
		assertThat(activity.title()).hasSize(EntryMapper.TITLE_MAX).endsWith("…");
		assertThat(activity.summary()).hasSizeLessThanOrEqualTo(EntryMapper.SUMMARY_MAX).endsWith("…");
	}

	@Test
	void aVeryLongIdIsReplacedByItsDigest() {
		String id = "urn:" + "x".repeat(400);
		SourcedActivity activity = single(entry(id, "Long id", JUNE_15, null), FeedKind.BLOG);
		assertThat(activity.entryId()).startsWith("sha256:").hasSize(71);
		assertThat(single(entry(id, "Same long id", JUNE_15, null), FeedKind.BLOG).entryId())
			.isEqualTo(activity.entryId());
	}

	@Test
	void relativeLinksAreResolvedAgainstTheFeed() {
		assertThat(EntryMapper.safeLink("/blog/post/", FEED)).isEqualTo("https://lumen.example.org/blog/post/");
		assertThat(EntryMapper.safeLink("HTTPS://Lumen.example.org/x", FEED)).isEqualTo("https://Lumen.example.org/x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(document.cookie)", "data:text/html,<script>x</script>",
			"ftp://lumen.example.org/file", "mailto:team@lumen.example.org", "http://bad host/", "https:///no-host" })
	void linksThatAreNotHttpUrlsAreDropped(String link) {
		assertThat(EntryMapper.safeLink(link, FEED)).isNull();
	}

	private static SourcedActivity single(FeedEntry entry, FeedKind kind) {
		List<SourcedActivity> activities = EntryMapper.map(List.of(entry), kind, FEED, 100);
		assertThat(activities).hasSize(1);
		return activities.get(0);
	}

	private static FeedEntry entry(String id, String title, Instant published, Instant updated) {
		return new FeedEntry(id, null, title, null, published, updated);
	}

}
