package io.sparkpulse.freshness;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import io.sparkpulse.web.SitePaths;

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
 * still get ETags); by default the public pages {@link SitePaths#CACHEABLE_PREFIXES}
 * names
 * @param conditionalPrefixes path prefixes of public pages answered with ETag,
 * Last-Modified and 304s; by default the search page
 * @param maxKeyLength longer path-and-query keys are never stored, so odd URLs cannot
 * fill the cache
 */
@Validated
@ConfigurationProperties("sparkpulse.cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") @NotNull Duration maxAge,
		@DefaultValue("10m") @NotNull Duration staleWhileRevalidate, @DefaultValue("1d") @NotNull Duration staleIfError,
		@DefaultValue("64MB") @NotNull DataSize maxSize, List<String> cachedPrefixes, List<String> conditionalPrefixes,
		@DefaultValue("300") @PositiveOrZero int maxKeyLength) {

	public PageCacheProperties {
		cachedPrefixes = (cachedPrefixes == null || cachedPrefixes.isEmpty()) ? SitePaths.CACHEABLE_PREFIXES
				: List.copyOf(cachedPrefixes);
		conditionalPrefixes = (conditionalPrefixes == null || conditionalPrefixes.isEmpty()) ? List.of(SitePaths.SEARCH)
				: List.copyOf(conditionalPrefixes);
	}

	public String cacheControl() {
		return "public, max-age=" + this.maxAge.toSeconds() + ", stale-while-revalidate="
				+ this.staleWhileRevalidate.toSeconds() + ", stale-if-error=" + this.staleIfError.toSeconds();
	}

}
