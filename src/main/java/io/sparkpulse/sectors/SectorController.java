package io.sparkpulse.sectors;

import io.sparkpulse.web.Slugs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SectorController {

	private final SectorPageService pages;

	SectorController(SectorPageService pages) {
		this.pages = pages;
	}

	@GetMapping("/sectors")
	ModelAndView sectors() {
		return new ModelAndView("sectors/list", "page", this.pages.sectors());
	}

	@GetMapping("/sectors/{slug}")
	ModelAndView sector(@PathVariable String slug) {
		return Slugs.lowerCaseRedirect("/sectors/", slug)
			.orElseGet(() -> new ModelAndView("sectors/sector", "page", this.pages.page(slug)));
	}

}
