package io.sparkpulse.seo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What crawlers are offered.
 *
 * @param sitemapMaxUrls URLs per sitemap file before it is split (the sitemaps.org limit
 * is 50,000)
 * @param comparePairsPerProduct each product's best-ranked same-sector alternatives whose
 * comparison pages are listed (not every pair: most pairs are worth nobody's time)
 */
@Validated
@ConfigurationProperties("sparkpulse.seo")
public record SeoProperties(@DefaultValue("50000") @Min(2) @Max(50000) int sitemapMaxUrls,
		@DefaultValue("3") @Min(0) @Max(20) int comparePairsPerProduct) {
}
