package io.sparkpulse.feeds;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;

/**
 * Writes an {@link ActivityFeed} as Atom 1.0 XML through {@link AtomWriter}: one entry
 * per ship move, with its kind and spark as categories.
 */
final class AtomFeeds {

	/** The scheme of the category that marks editorial sparks. */
	static final String SPARK_SCHEME = FeedService.TAG + "spark";

	/** The scheme of the categories that name the kind of ship move. */
	static final String KIND_SCHEME = FeedService.TAG + "kind";

	private AtomFeeds() {
	}

	static String write(ActivityFeed activity, String author) {
		return AtomWriter.write(
				new AtomWriter.Head(activity.id(), activity.title(), activity.subtitle(), activity.pageUrl(),
						activity.selfUrl(), activity.updated(), author),
				activity.entries().stream().map(AtomFeeds::entry).toList());
	}

	private static Entry entry(ActivityFeed.Entry item) {
		Entry entry = new Entry();
		entry.setId(item.id());
		entry.setTitle(AtomWriter.xml(item.title()));
		entry.setPublished(Date.from(item.published()));
		entry.setUpdated(Date.from(item.published()));
		entry.setSummary(AtomWriter.text(item.summary()));
		entry.setAlternateLinks(List.of(AtomWriter.link("alternate", null, item.url())));
		if (!item.url().equals(item.productUrl())) {
			entry.setOtherLinks(List.of(AtomWriter.link("related", "text/html", item.productUrl())));
		}
		List<Category> categories = new ArrayList<>();
		categories.add(category(KIND_SCHEME, item.kind(), item.kindLabel()));
		if (item.spark()) {
			categories.add(category(SPARK_SCHEME, "spark", "Editorial spark"));
		}
		entry.setCategories(categories);
		return entry;
	}

	private static Category category(String scheme, String term, String label) {
		Category category = new Category();
		category.setScheme(scheme);
		category.setTerm(term);
		category.setLabel(label);
		return category;
	}

}
