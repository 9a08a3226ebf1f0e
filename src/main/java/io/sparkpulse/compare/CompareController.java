package io.sparkpulse.compare;

import io.sparkpulse.web.PermanentRedirect;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class CompareController {

	private final ComparePageService pages;

	CompareController(ComparePageService pages) {
		this.pages = pages;
	}

	@GetMapping(SitePaths.COMPARE)
	ModelAndView compare(@PathVariable String pair) {
		CompareOutcome outcome = this.pages.compare(pair);
		if (outcome instanceof CompareOutcome.MovedTo moved) {
			return PermanentRedirect.to(moved.path());
		}
		return new ModelAndView("compare/pair", "page", ((CompareOutcome.Page) outcome).page());
	}

}
