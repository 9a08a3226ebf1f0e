package io.sparkpulse.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A product as editors see it, retired or not, with the version an edit must start from.
 *
 * @param themes theme slugs, most important first
 * @param retiredAt when it was retired (or, for a draft, created), or {@code null} while
 * it is public
 * @param draft added by an editor and not published yet
 */
public record EditableProduct(long id, String slug, String name, long sectorId, String headline, String summary,
		String websiteUrl, String repositoryUrl, List<String> themes, Instant retiredAt, boolean draft, long version) {

	public boolean retired() {
		return this.retiredAt != null && !this.draft;
	}

	/**
	 * Whether readers can see it: neither a draft nor retired.
	 */
	public boolean published() {
		return this.retiredAt == null;
	}

}
