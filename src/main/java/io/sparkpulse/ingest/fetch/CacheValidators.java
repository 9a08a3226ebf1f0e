package io.sparkpulse.ingest.fetch;

/**
 * What the server said identifies the version it sent last time; sent back as
 * {@code If-None-Match} and {@code If-Modified-Since} so an unchanged feed answers 304
 * without a body. Either may be {@code null}.
 */
public record CacheValidators(String etag, String lastModified) {

	public static final CacheValidators NONE = new CacheValidators(null, null);

}
