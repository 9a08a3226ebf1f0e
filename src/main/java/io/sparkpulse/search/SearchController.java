package io.sparkpulse.search;

import org.springframework.http.HttpStatus;
import io.sparkpulse.web.SeeOther;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(SitePaths.SEARCH)
	ModelAndView search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 1 or more");
		}
		SearchOutcome outcome = this.search.answer(SearchQuery.of(q), page);
		if (outcome instanceof SearchOutcome.Comparison comparison) {
			return SeeOther.to(comparison.path());
		}
		return new ModelAndView("search/results", "page", ((SearchOutcome.Results) outcome).page());
	}

}
