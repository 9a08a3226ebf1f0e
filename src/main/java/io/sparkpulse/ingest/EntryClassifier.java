package io.sparkpulse.ingest;

import java.util.regex.Pattern;

import io.sparkpulse.activity.ActivityKind;

/**
 * Decides what kind of ship move a feed entry is, from the kind of feed and the entry's
 * plain-text title and summary. The first rule that matches wins:
 *
 * <ol>
 * <li><b>Security release</b>: the title names a CVE ({@code CVE-2026-12345}); or, in a
 * release feed, the summary names one; or the title says "security" or "vulnerability"
 * and either the feed is a release feed or the title is version-like ("Security release
 * 2.3.1"; a blog post "Our security roadmap" is not one).</li>
 * <li><b>Release candidate</b>: the title carries a pre-release marker (the words rc,
 * alpha, beta, preview, pre-release or prerelease, also glued to a version as in
 * {@code 2.0.0-rc.1}, {@code 1.4rc2}; or the short forms {@code 2.0a1}, {@code 2.0b3}),
 * and either the feed is a release feed or the title is version-like ("Synapse 2.0 beta
 * is out", but not a blog post "Join our beta program").</li>
 * <li><b>Release</b>: every other entry of a release feed; and a blog entry whose title
 * is version-like ("Synapse 1.131 released").</li>
 * <li><b>Business news</b>: a blog title about funding, an acquisition, a merger or an
 * IPO ("We raised our Series A", "Acme acquires Lumen").</li>
 * <li><b>Announcement</b>: every other blog entry.</li>
 * </ol>
 *
 * A title is <em>version-like</em> when it contains a dotted version ({@code 1.2},
 * {@code v3.0.1}, {@code 2026.06}) or a v-number ({@code v12}). Pure: the same input
 * always gives the same kind.
 */
final class EntryClassifier {

	private static final Pattern CVE = Pattern.compile("(?i)\\bCVE-\\d{4}-\\d{4,}\\b");

	private static final Pattern SECURITY = Pattern.compile("(?i)\\b(security|vulnerabilit(y|ies))\\b");

	private static final Pattern PRE_RELEASE = Pattern
		.compile("(?i)(?<![a-z])(rc|alpha|beta|preview|pre-release|prerelease)(?![a-z])|\\d(a|b)\\d");

	private static final Pattern VERSION = Pattern.compile("(?i)(?<![\\w.])(v?\\d+(\\.\\d+)+|v\\d+\\b)");

	private static final Pattern BUSINESS = Pattern
		.compile("(?i)\\b(funding|series [a-f]|seed round|acquires|acquired|acquisition|merger|merges with|ipo)\\b");

	private EntryClassifier() {
	}

	static ActivityKind classify(FeedKind feed, String title, String summary) {
		boolean releases = feed == FeedKind.RELEASES;
		boolean versionLike = VERSION.matcher(title).find();
		if (CVE.matcher(title).find() || (releases && summary != null && CVE.matcher(summary).find())
				|| (SECURITY.matcher(title).find() && (releases || versionLike))) {
			return ActivityKind.SECURITY_RELEASE;
		}
		if (PRE_RELEASE.matcher(title).find() && (releases || versionLike)) {
			return ActivityKind.RELEASE_CANDIDATE;
		}
		if (releases || versionLike) {
			return ActivityKind.RELEASE;
		}
		if (BUSINESS.matcher(title).find()) {
			return ActivityKind.BUSINESS;
		}
		return ActivityKind.ANNOUNCEMENT;
	}

}
