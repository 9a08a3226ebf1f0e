package io.sparkpulse.activity;

import java.time.LocalDate;

/**
 * A ship move read from an external source (a feed), where {@code entryId} identifies it
 * for good: the same entry read again updates its item instead of adding one.
 *
 * @param entryId the entry's identity within its source (at most 255 characters)
 * @param title plain text, at most 200 characters
 * @param summary plain text, or {@code null}
 * @param sourceUrl an {@code http(s)} link to the entry, or {@code null}
 */
public record SourcedActivity(String entryId, LocalDate occurredOn, ActivityKind kind, String title, String summary,
		String sourceUrl) {
}
