package io.sparkpulse.catalog;

import java.util.List;

/**
 * The editable fields of an existing product (its slug never changes: public URLs depend
 * on it), with its theme slugs in rank order (missing themes are created).
 */
public record ProductChanges(String name, long sectorId, String headline, String summary, String websiteUrl,
		String repositoryUrl, List<String> themeSlugs) {
}
