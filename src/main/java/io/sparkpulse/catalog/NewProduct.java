package io.sparkpulse.catalog;

import java.util.List;

/**
 * A product to create, with its theme slugs in rank order (missing themes are created).
 */
public record NewProduct(String slug, String name, long sectorId, String headline, String summary, String websiteUrl,
		String repositoryUrl, List<String> themeSlugs) {
}
