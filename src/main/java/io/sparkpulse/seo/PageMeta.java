package io.sparkpulse.seo;

import java.util.List;

import io.sparkpulse.web.Link;
import io.sparkpulse.web.SitePaths;

/**
 * How a page describes itself to readers, crawlers and social previews; the layout
 * renders all of it.
 *
 * @param title the page's own title (the layout appends the site name)
 * @param description the meta description, written from the page's data
 * @param canonicalPath the one path that owns this page
 * @param robots a robots directive, or {@code null} for the default (index, follow)
 * @param breadcrumbs the trail from home to this page (empty on the home page)
 * @param jsonLd the page's structured data as a JSON-LD document, already escaped for a
 * script element
 * @param imagePath the social card image of the page
 * @param ogType the Open Graph type ("website" or "article")
 * @param feeds Atom feeds of the page's activity
 */
public record PageMeta(String title, String description, String canonicalPath, String robots, List<Crumb> breadcrumbs,
		String jsonLd, String imagePath, String ogType, List<Link> feeds) {

	public static final String DEFAULT_IMAGE = SitePaths.SITE_CARD;

	/**
	 * The trail without its last step, which the page's own heading names.
	 */
	public List<Crumb> parents() {
		return this.breadcrumbs.isEmpty() ? List.of() : this.breadcrumbs.subList(0, this.breadcrumbs.size() - 1);
	}

	/**
	 * The same page, kept out of search indexes (its links still followed).
	 */
	public PageMeta notIndexed() {
		return new PageMeta(this.title, this.description, this.canonicalPath, "noindex, follow", this.breadcrumbs,
				this.jsonLd, this.imagePath, this.ogType, this.feeds);
	}

	public Crumb current() {
		return this.breadcrumbs.isEmpty() ? null : this.breadcrumbs.get(this.breadcrumbs.size() - 1);
	}

}
