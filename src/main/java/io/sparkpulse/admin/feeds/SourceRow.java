package io.sparkpulse.admin.feeds;

import io.sparkpulse.ingest.FeedSourceStatus;
import io.sparkpulse.web.When;

/**
 * A feed source with its health ready for the page: every moment relative and exact
 * ({@code null} where it has not happened), and the health in words.
 */
public record SourceRow(FeedSourceStatus source, String health, When lastFetch, When lastSuccess, When lastError,
		When nextFetch) {

	static SourceRow of(FeedSourceStatus source, SourceTimes times) {
		return new SourceRow(source, health(source), times.past(source.lastFetchAt()),
				times.past(source.lastSuccessAt()), times.past(source.lastErrorAt()), times.due(source.nextFetchAt()));
	}

	static String health(FeedSourceStatus source) {
		switch (source.health()) {
			case OK:
				return "OK";
			case FAILING:
				return "Failing: " + source.consecutiveFailures()
						+ ((source.consecutiveFailures() == 1) ? " failed fetch" : " failed fetches in a row");
			default:
				return "Not fetched yet";
		}
	}

	public boolean failing() {
		return this.source.health() == FeedSourceStatus.Health.FAILING;
	}

}
