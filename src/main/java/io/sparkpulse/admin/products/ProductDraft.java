package io.sparkpulse.admin.products;

import java.util.List;

/**
 * A product as an editor wants it saved, and the version the edit started from.
 *
 * @param slug the slug asked for, or {@code null} to derive it from the name (creation
 * only)
 * @param themes theme slugs, most important first
 */
record ProductDraft(String slug, String name, Long sectorId, String headline, String summary, String websiteUrl,
		String repositoryUrl, List<String> themes, long version) {
}
