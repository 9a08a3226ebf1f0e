package io.sparkpulse.seo;

import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What crawlers read first: robots.txt and the sitemaps.
 */
@RestController
class CrawlerController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final Sitemaps sitemaps;

	private final SiteProperties site;

	CrawlerController(Sitemaps sitemaps, SiteProperties site) {
		this.sitemaps = sitemaps;
		this.site = site;
	}

	@GetMapping(path = SitePaths.ROBOTS, produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /search
				Allow: /

				Sitemap: %s
				""".formatted(this.site.absolute(SitePaths.sitemapIndex()));
	}

	@GetMapping(SitePaths.SITEMAP_INDEX)
	ResponseEntity<String> index() {
		return ResponseEntity.ok().contentType(XML).body(this.sitemaps.index());
	}

	@GetMapping(SitePaths.SITEMAP)
	ResponseEntity<String> child(@PathVariable String name) {
		return ResponseEntity.ok()
			.contentType(XML)
			.body(this.sitemaps.child(name).orElseThrow(() -> new NotFoundException("sitemap " + name)));
	}

}
