package io.sparkpulse.ingest;

import io.sparkpulse.activity.ActivityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification rules of {@link EntryClassifier}, one row per rule and its edges.
 */
class EntryClassifierTest {

	@ParameterizedTest(name = "release feed: \"{0}\" is {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			v2.4.0                          | null                                   | RELEASE
			Lumen 2.4.0                     | null                                   | RELEASE
			Apollo                          | A release without a version            | RELEASE
			2026.06.1                       | null                                   | RELEASE
			v2.4.0-rc.1                     | null                                   | RELEASE_CANDIDATE
			2.4.0-RC2                       | null                                   | RELEASE_CANDIDATE
			1.4rc2                          | null                                   | RELEASE_CANDIDATE
			v3.0.0-beta.2                   | null                                   | RELEASE_CANDIDATE
			3.0.0-alpha                     | null                                   | RELEASE_CANDIDATE
			Lumen 3 Preview                 | null                                   | RELEASE_CANDIDATE
			v3.0.0 (pre-release)            | null                                   | RELEASE_CANDIDATE
			2.0b3                           | null                                   | RELEASE_CANDIDATE
			Betamax 1.0                     | null                                   | RELEASE
			v2.3.1                          | Fixes CVE-2026-31337 in the handler.   | SECURITY_RELEASE
			CVE-2026-1234 fix               | null                                   | SECURITY_RELEASE
			v2.3.2 security update          | null                                   | SECURITY_RELEASE
			v2.3.3                          | Fixes two vulnerabilities.             | RELEASE
			v2.4.0-rc.2 (CVE-2026-4242)     | null                                   | SECURITY_RELEASE
			""")
	void classifiesReleaseFeedEntries(String title, String summary, ActivityKind expected) {
		assertThat(EntryClassifier.classify(FeedKind.RELEASES, title, summary)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "blog: \"{0}\" is {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			How we test our parser              | null                                  | ANNOUNCEMENT
			Lumen 2.4 is here                   | null                                  | RELEASE
			Releasing v12 today                 | null                                  | RELEASE
			Firefox 130 released                | null                                  | ANNOUNCEMENT
			Lumen 3.0 beta is out               | null                                  | RELEASE_CANDIDATE
			Join our beta program               | null                                  | ANNOUNCEMENT
			Security advisory for CVE-2026-31337 | null                                 | SECURITY_RELEASE
			Security release 2.3.1              | null                                  | SECURITY_RELEASE
			Our security roadmap                | null                                  | ANNOUNCEMENT
			A retrospective                     | We fixed CVE-2026-31337 last year.    | ANNOUNCEMENT
			We raised our Series A              | null                                  | BUSINESS
			Acme acquires Lumen Labs            | null                                  | BUSINESS
			New funding for open source         | null                                  | BUSINESS
			Top 10 tips for 2026                | null                                  | ANNOUNCEMENT
			""")
	void classifiesBlogEntries(String title, String summary, ActivityKind expected) {
		assertThat(EntryClassifier.classify(FeedKind.BLOG, title, summary)).isEqualTo(expected);
	}

}
