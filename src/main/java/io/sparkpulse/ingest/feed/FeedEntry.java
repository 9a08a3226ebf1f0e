package io.sparkpulse.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed as it was published, with its texts already reduced to plain text.
 * Any field may be {@code null}: deciding what to do with incomplete entries is up to the
 * caller.
 *
 * @param id the entry's identity (Atom {@code id}, RSS {@code guid})
 * @param link the entry's address as written in the feed, possibly relative
 * @param title plain text
 * @param summary plain text of the summary, or of the content when there is no summary
 * @param published when the entry was first published
 * @param updated when it was last changed
 */
public record FeedEntry(String id, String link, String title, String summary, Instant published, Instant updated) {
}
