package io.sparkpulse.freshness;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP caching of public pages.
 *
 * @param enabled whether public pages are cached in memory and answered conditionally at
 * all
 * @param maxAge how long browsers and CDNs may use a page without asking again
 * @param staleWhileRevalidate how long a CDN may serve a page while it revalidates it in
 * the background
 * @param staleIfError how long a CDN may serve a page when this site answers with an
 * error
 * @param maxSize the memory the rendered pages of this instance may take
 * @param cachedPrefixes path prefixes whose rendered bytes are kept in memory (others
 * still get ETags)
 * @param conditionalPrefixes path prefixes of public pages answered with ETag,
 * Last-Modified and 304s
 * @param maxKeyLength longer path-and-query keys are never stored, so odd URLs cannot
 * fill the cache
 */
@Validated
@ConfigurationProperties("sparkpulse.cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") @NotNull Duration maxAge,
		@DefaultValue("10m") @NotNull Duration staleWhileRevalidate, @DefaultValue("1d") @NotNull Duration staleIfError,
		@DefaultValue("64MB") @NotNull DataSize maxSize, @DefaultValue( {
				"/compare/", "/products/", "/alternatives/", "/sectors", "/methodology", "/sitemap", "/sitemaps/",
				"/robots.txt", "/feed.atom", "/cards/", "/track-record", "/corrections",
				"/search/suggestions" }) List<String> cachedPrefixes,
		@DefaultValue({ "/search" }) List<String> conditionalPrefixes,
		@DefaultValue("300") @PositiveOrZero int maxKeyLength){

	public String cacheControl() {
		return "public, max-age=" + this.maxAge.toSeconds() + ", stale-while-revalidate="
				+ this.staleWhileRevalidate.toSeconds() + ", stale-if-error=" + this.staleIfError.toSeconds();
	}

}
