package io.sparkpulse.feeds;

import java.net.URI;

import io.sparkpulse.web.SiteProperties;

import org.springframework.http.HttpStatus;
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

	@GetMapping("/feed.atom")
	ResponseEntity<String> site() {
		return respond(this.feeds.site());
	}

	@GetMapping("/products/{slug}/feed.atom")
	ResponseEntity<String> product(@PathVariable String slug) {
		return respond(this.feeds.product(slug));
	}

	@GetMapping("/sectors/{slug}/feed.atom")
	ResponseEntity<String> sector(@PathVariable String slug) {
		return respond(this.feeds.sector(slug));
	}

	@GetMapping("/compare/{pair}/feed.atom")
	ResponseEntity<String> pair(@PathVariable String pair) {
		return respond(this.feeds.pair(pair));
	}

	private ResponseEntity<String> respond(FeedOutcome outcome) {
		if (outcome instanceof FeedOutcome.MovedTo moved) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(moved.path())).build();
		}
		ActivityFeed feed = ((FeedOutcome.Found) outcome).feed();
		return ResponseEntity.ok().contentType(ATOM).body(AtomFeeds.write(feed, this.site.name()));
	}

}
