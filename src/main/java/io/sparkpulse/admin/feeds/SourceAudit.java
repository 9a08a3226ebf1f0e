package io.sparkpulse.admin.feeds;

import java.time.Instant;

import io.sparkpulse.ingest.FeedSourceStatus;

/**
 * What the audit log keeps of a feed source before and after a change.
 */
public record SourceAudit(String url, String kind, Instant nextFetchAt) {

	static SourceAudit of(FeedSourceStatus source) {
		return new SourceAudit(source.url(), source.kind().name(), source.nextFetchAt());
	}

}
