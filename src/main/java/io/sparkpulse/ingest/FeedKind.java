package io.sparkpulse.ingest;

/**
 * What a feed source publishes, which decides how its entries are classified.
 */
public enum FeedKind {

	/**
	 * A release feed, e.g. a GitHub repository's {@code releases.atom}: every entry is a
	 * release.
	 */
	RELEASES("Releases"),

	/**
	 * A project blog (RSS or Atom): entries are announcements unless they read like a
	 * release.
	 */
	BLOG("Blog");

	private final String label;

	FeedKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
