package io.sparkpulse.ledger;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.sparkpulse.feeds.AtomWriter;

/**
 * The ledger's Atom 1.0 feeds (graded predictions, corrections), written by the site's
 * one {@link AtomWriter}.
 */
final class LedgerFeeds {

	private LedgerFeeds() {
	}

	/**
	 * A feed, every URL absolute.
	 */
	record Feed(String id, String title, String subtitle, String selfUrl, String pageUrl, Instant updated,
			List<LedgerFeeds.Entry> entries) {
	}

	/**
	 * @param id the entry's permanent {@code tag:} URI
	 */
	record Entry(String id, String title, String summary, String url, Instant updated) {
	}

	static String write(LedgerFeeds.Feed source, String author) {
		return AtomWriter.write(new AtomWriter.Head(source.id(), source.title(), source.subtitle(), source.pageUrl(),
				source.selfUrl(), source.updated(), author),
				source.entries().stream().map(LedgerFeeds::entry).toList());
	}

	private static com.rometools.rome.feed.atom.Entry entry(LedgerFeeds.Entry item) {
		com.rometools.rome.feed.atom.Entry entry = new com.rometools.rome.feed.atom.Entry();
		entry.setId(item.id());
		entry.setTitle(AtomWriter.xml(item.title()));
		entry.setPublished(Date.from(item.updated()));
		entry.setUpdated(Date.from(item.updated()));
		entry.setSummary(AtomWriter.text(item.summary()));
		entry.setAlternateLinks(List.of(AtomWriter.link("alternate", "text/html", item.url())));
		return entry;
	}

}
