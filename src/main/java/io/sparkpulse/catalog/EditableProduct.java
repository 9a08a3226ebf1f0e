package io.sparkpulse.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A product as editors see it, retired or not, with the version an edit must start from.
 *
 * @param themes theme slugs, most important first
 * @param retiredAt when it was retired, or {@code null} while it is public
 */
public record EditableProduct(long id, String slug, String name, long sectorId, String headline, String summary,
		String websiteUrl, String repositoryUrl, List<String> themes, Instant retiredAt, long version) {

	public boolean retired() {
		return this.retiredAt != null;
	}

}
