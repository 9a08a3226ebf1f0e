package io.sparkpulse.feeds;

/**
 * What a feed URL leads to: the feed, or a permanent redirect to the URL that owns it.
 */
public sealed interface FeedOutcome {

	record Found(ActivityFeed feed) implements FeedOutcome {
	}

	record MovedTo(String path) implements FeedOutcome {
	}

}
