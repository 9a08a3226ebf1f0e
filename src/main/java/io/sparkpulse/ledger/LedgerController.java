package io.sparkpulse.ledger;

import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class LedgerController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final LedgerPageService pages;

	private final SiteProperties site;

	LedgerController(LedgerPageService pages, SiteProperties site) {
		this.pages = pages;
		this.site = site;
	}

	@GetMapping(SitePaths.TRACK_RECORD)
	ModelAndView trackRecord() {
		return new ModelAndView("ledger/track-record", "page", this.pages.trackRecord());
	}

	@GetMapping(SitePaths.CORRECTIONS)
	ModelAndView corrections() {
		return new ModelAndView("ledger/corrections", "page", this.pages.corrections());
	}

	@GetMapping(SitePaths.TRACK_RECORD_FEED)
	ResponseEntity<String> trackRecordFeed() {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(LedgerFeeds.write(this.pages.trackRecordFeed(), this.site.name()));
	}

	@GetMapping(SitePaths.CORRECTIONS_FEED)
	ResponseEntity<String> correctionsFeed() {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(LedgerFeeds.write(this.pages.correctionsFeed(), this.site.name()));
	}

}
