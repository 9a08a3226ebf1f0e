package io.sparkpulse.feeds;

import io.sparkpulse.web.PermanentRedirect;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FeedService feeds;

	private final SiteProperties site;

	FeedController(FeedService feeds, SiteProperties site) {
		this.feeds = feeds;
		this.site = site;
	}

	@GetMapping(SitePaths.SITE_FEED)
	ResponseEntity<String> site() {
		return respond(this.feeds.site());
	}

	@GetMapping(SitePaths.PRODUCT_FEED)
	ResponseEntity<String> product(@PathVariable String slug) {
		return respond(this.feeds.product(slug));
	}

	@GetMapping(SitePaths.SECTOR_FEED)
	ResponseEntity<String> sector(@PathVariable String slug) {
		return respond(this.feeds.sector(slug));
	}

	@GetMapping(SitePaths.COMPARE_FEED)
	ResponseEntity<String> pair(@PathVariable String pair) {
		return respond(this.feeds.pair(pair));
	}

	private ResponseEntity<String> respond(FeedOutcome outcome) {
		if (outcome instanceof FeedOutcome.MovedTo moved) {
			return PermanentRedirect.response(moved.path());
		}
		ActivityFeed feed = ((FeedOutcome.Found) outcome).feed();
		return ResponseEntity.ok().contentType(ATOM).body(AtomFeeds.write(feed, this.site.name()));
	}

}
