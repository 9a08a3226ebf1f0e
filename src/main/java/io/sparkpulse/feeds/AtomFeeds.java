package io.sparkpulse.feeds;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes an {@link ActivityFeed} as Atom 1.0 XML through Rome, which escapes every text.
 * Characters that XML 1.0 cannot carry at all (control characters an upstream source may
 * have let through) are dropped first, so one odd title can never break a whole feed.
 */
final class AtomFeeds {

	static final String FEED_TYPE = "atom_1.0";

	/** The scheme of the category that marks editorial sparks. */
	static final String SPARK_SCHEME = FeedService.TAG + "spark";

	/** The scheme of the categories that name the kind of ship move. */
	static final String KIND_SCHEME = FeedService.TAG + "kind";

	private AtomFeeds() {
	}

	static String write(ActivityFeed activity, String author) {
		Feed feed = new Feed(FEED_TYPE);
		feed.setEncoding("UTF-8");
		feed.setId(activity.id());
		feed.setTitle(xml(activity.title()));
		feed.setSubtitle(text(activity.subtitle()));
		feed.setUpdated(Date.from(activity.updated()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", activity.pageUrl())));
		feed.setOtherLinks(List.of(link("self", FeedLinks.TYPE, activity.selfUrl())));
		Person person = new Person();
		person.setName(xml(author));
		List<SyndPerson> authors = List.of(person);
		feed.setAuthors(authors);
		feed.setEntries(activity.entries().stream().map(AtomFeeds::entry).toList());
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + activity.id(), ex);
		}
	}

	private static Entry entry(ActivityFeed.Entry item) {
		Entry entry = new Entry();
		entry.setId(item.id());
		entry.setTitle(xml(item.title()));
		entry.setPublished(Date.from(item.published()));
		entry.setUpdated(Date.from(item.published()));
		entry.setSummary(text(item.summary()));
		entry.setAlternateLinks(List.of(link("alternate", null, item.url())));
		if (!item.url().equals(item.productUrl())) {
			entry.setOtherLinks(List.of(link("related", "text/html", item.productUrl())));
		}
		List<Category> categories = new ArrayList<>();
		categories.add(category(KIND_SCHEME, item.kind(), item.kindLabel()));
		if (item.spark()) {
			categories.add(category(SPARK_SCHEME, "spark", "Editorial spark"));
		}
		entry.setCategories(categories);
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

	private static Category category(String scheme, String term, String label) {
		Category category = new Category();
		category.setScheme(scheme);
		category.setTerm(term);
		category.setLabel(label);
		return category;
	}

	/**
	 * The text without the characters XML 1.0 forbids (everything below U+0020 but tab,
	 * line feed and carriage return; lone surrogates; U+FFFE and U+FFFF).
	 */
	static String xml(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(AtomFeeds::allowedInXml).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
