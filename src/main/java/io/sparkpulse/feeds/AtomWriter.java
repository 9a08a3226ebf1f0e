package io.sparkpulse.feeds;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Every Atom 1.0 feed of the site is written here, through Rome, which escapes every
 * text. Characters that XML 1.0 cannot carry at all (control characters an upstream
 * source may have let through) are dropped first, so one odd title can never break a
 * whole feed.
 */
public final class AtomWriter {

	/** The media type of the self link. */
	static final String ATOM_TYPE = "application/atom+xml";

	private AtomWriter() {
	}

	/**
	 * The feed's own description, every URL absolute.
	 */
	public record Head(String id, String title, String subtitle, String pageUrl, String selfUrl, Instant updated,
			String author) {
	}

	public static String write(Head head, List<Entry> entries) {
		Feed feed = new Feed("atom_1.0");
		feed.setEncoding("UTF-8");
		feed.setId(head.id());
		feed.setTitle(xml(head.title()));
		feed.setSubtitle(text(head.subtitle()));
		feed.setUpdated(Date.from(head.updated()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", head.pageUrl())));
		feed.setOtherLinks(List.of(link("self", ATOM_TYPE, head.selfUrl())));
		Person person = new Person();
		person.setName(xml(head.author()));
		List<SyndPerson> authors = List.of(person);
		feed.setAuthors(authors);
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + head.id(), ex);
		}
	}

	public static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(xml(href));
		return link;
	}

	public static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(xml(value));
		return content;
	}

	/**
	 * The text without the characters XML 1.0 forbids (everything below U+0020 but tab,
	 * line feed and carriage return; lone surrogates; U+FFFE and U+FFFF).
	 */
	public static String xml(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(AtomWriter::allowedInXml).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
