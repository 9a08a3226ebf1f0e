package io.sparkpulse.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.ingest.feed.FeedEntry;
import io.sparkpulse.ingest.feed.PlainText;

/**
 * Turns the entries of one feed into activity, by these rules:
 * <ul>
 * <li>only the first {@code maxEntries} entries are read (feeds list the newest
 * first);</li>
 * <li>an entry is identified by its id (Atom {@code id}, RSS {@code guid}), or by its
 * link when it has no id; ids longer than {@value #ENTRY_ID_MAX} characters are replaced
 * by their SHA-256; an entry with neither, or whose id came earlier in the same feed, is
 * skipped;</li>
 * <li>it is dated by its published time, or its updated time when it has none, as a UTC
 * day; an undated entry is skipped rather than dated "today";</li>
 * <li>an entry without a title is skipped; titles are cut to {@value #TITLE_MAX}
 * characters and summaries to {@value #SUMMARY_MAX};</li>
 * <li>its link, resolved against the feed's address, is kept only if it is an
 * {@code http(s)} URL;</li>
 * <li>its kind comes from {@link EntryClassifier}.</li>
 * </ul>
 */
final class EntryMapper {

	static final int TITLE_MAX = 200;

	static final int SUMMARY_MAX = 500;

	static final int ENTRY_ID_MAX = 255;

	static final int URL_MAX = 1000;

	private EntryMapper() {
	}

	static List<SourcedActivity> map(List<FeedEntry> entries, FeedKind kind, URI feed, int maxEntries) {
		Set<String> seen = new HashSet<>();
		List<SourcedActivity> activities = new ArrayList<>();
		for (FeedEntry entry : entries.subList(0, Math.min(maxEntries, entries.size()))) {
			String id = identity(entry);
			LocalDate day = day(entry.published(), entry.updated());
			if (id == null || day == null || isBlank(entry.title()) || !seen.add(id)) {
				continue;
			}
			String summary = isBlank(entry.summary()) ? null : entry.summary();
			activities.add(new SourcedActivity(id, day, EntryClassifier.classify(kind, entry.title(), summary),
					PlainText.truncate(entry.title(), TITLE_MAX), PlainText.truncate(summary, SUMMARY_MAX),
					safeLink(entry.link(), feed)));
		}
		return activities;
	}

	/**
	 * The link as an absolute {@code http(s)} URL fit for the page (no whitespace, scheme
	 * lower-case), or {@code null}: a {@code javascript:} or {@code data:} link must
	 * never become a clickable one.
	 */
	static String safeLink(String link, URI feed) {
		if (isBlank(link)) {
			return null;
		}
		URI uri;
		try {
			uri = feed.resolve(new URI(link.strip()));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			return null;
		}
		String text = scheme + uri.toString().substring(uri.getScheme().length());
		return (text.length() <= URL_MAX) ? text : null;
	}

	private static String identity(FeedEntry entry) {
		String id = !isBlank(entry.id()) ? entry.id().strip() : (!isBlank(entry.link()) ? entry.link().strip() : null);
		if (id == null || id.length() <= ENTRY_ID_MAX) {
			return id;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static LocalDate day(Instant published, Instant updated) {
		Instant when = (published != null) ? published : updated;
		return (when != null) ? LocalDate.ofInstant(when, ZoneOffset.UTC) : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
