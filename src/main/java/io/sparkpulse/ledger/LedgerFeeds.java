package io.sparkpulse.ledger;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes the ledger's Atom 1.0 feeds (graded predictions, corrections) through Rome,
 * which escapes every text; characters XML 1.0 cannot carry are dropped first.
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
		com.rometools.rome.feed.atom.Feed feed = new com.rometools.rome.feed.atom.Feed("atom_1.0");
		feed.setEncoding("UTF-8");
		feed.setId(source.id());
		feed.setTitle(xml(source.title()));
		feed.setSubtitle(text(source.subtitle()));
		feed.setUpdated(Date.from(source.updated()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", source.pageUrl())));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", source.selfUrl())));
		Person person = new Person();
		person.setName(xml(author));
		List<SyndPerson> authors = List.of(person);
		feed.setAuthors(authors);
		feed.setEntries(source.entries().stream().map(LedgerFeeds::entry).toList());
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + source.id(), ex);
		}
	}

	private static com.rometools.rome.feed.atom.Entry entry(LedgerFeeds.Entry item) {
		com.rometools.rome.feed.atom.Entry entry = new com.rometools.rome.feed.atom.Entry();
		entry.setId(item.id());
		entry.setTitle(xml(item.title()));
		entry.setPublished(Date.from(item.updated()));
		entry.setUpdated(Date.from(item.updated()));
		entry.setSummary(text(item.summary()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
		return entry;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(xml(href));
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(xml(value));
		return content;
	}

	static String xml(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
			.forEach(clean::appendCodePoint);
		return clean.toString();
	}

}
