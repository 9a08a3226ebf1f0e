package io.sparkpulse.sectors;

import io.sparkpulse.web.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SectorController {

	private final SectorPageService pages;

	SectorController(SectorPageService pages) {
		this.pages = pages;
	}

	@GetMapping(SitePaths.SECTORS)
	ModelAndView sectors() {
		return new ModelAndView("sectors/list", "page", this.pages.sectors());
	}

	/**
	 * A sector's ranking, a page at a time ({@code ?page=1} has already moved to the
	 * plain URL, which owns the first page).
	 */
	@GetMapping(SitePaths.SECTOR)
	ModelAndView sector(@PathVariable String slug, @RequestParam(defaultValue = "1") int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 1 or more");
		}
		return new ModelAndView("sectors/sector", "page", this.pages.page(slug, page));
	}

}
