package io.sparkpulse.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the site names itself to readers and crawlers.
 *
 * @param name the site's display name
 * @param baseUrl public base URL (scheme, host, optional port, no trailing slash) used
 * for canonical links
 */
@Validated
@ConfigurationProperties("sparkpulse.site")
public record SiteProperties(@NotBlank String name,
		@NotBlank @Pattern(regexp = "https?://[^/\\s]+(/[^\\s]*[^/\\s])?") String baseUrl) {

	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
