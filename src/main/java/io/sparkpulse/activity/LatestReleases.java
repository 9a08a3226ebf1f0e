package io.sparkpulse.activity;

/**
 * A product's newest release and newest release candidate or beta, as its activity
 * records them.
 *
 * @param release the newest release or security release, or {@code null} if none was
 * recorded
 * @param preRelease the newest release candidate or beta, or {@code null}
 */
public record LatestReleases(ActivityEntry release, ActivityEntry preRelease) {

	/**
	 * The pre-release, only while it is newer than the release: a candidate that was
	 * followed by its release is history.
	 */
	public ActivityEntry pendingPreRelease() {
		if (this.preRelease == null) {
			return null;
		}
		if (this.release != null && !this.preRelease.occurredOn().isAfter(this.release.occurredOn())) {
			return null;
		}
		return this.preRelease;
	}

	/**
	 * The version an item names: its title up to the first colon ("1.155.0rc1" from
	 * "1.155.0rc1: federation queue fixes"), or the whole title.
	 */
	public static String versionOf(ActivityEntry entry) {
		int colon = entry.title().indexOf(':');
		return (colon > 0) ? entry.title().substring(0, colon).strip() : entry.title();
	}

}
