package io.sparkpulse.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One Atom feed, every URL already absolute.
 *
 * @param id the feed's permanent {@code tag:} URI
 * @param selfUrl where the feed itself lives
 * @param pageUrl the HTML page the feed follows
 * @param updated when the newest entry happened
 * @param entries newest first
 */
public record ActivityFeed(String id, String title, String subtitle, String selfUrl, String pageUrl, Instant updated,
		List<Entry> entries) {

	/**
	 * One ship move.
	 *
	 * @param id the entry's permanent {@code tag:} URI, derived from the activity item's
	 * id
	 * @param url where the move is documented: its source, or else the product's page
	 * @param productUrl the product's page
	 * @param kind machine name of the kind of move, for the category term
	 * @param kindLabel its label for readers
	 */
	public record Entry(String id, String title, String summary, String url, String productUrl, Instant published,
			String kind, String kindLabel, boolean spark) {
	}

}
