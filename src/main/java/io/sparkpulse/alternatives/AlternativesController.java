package io.sparkpulse.alternatives;

import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class AlternativesController {

	private final AlternativesService alternatives;

	AlternativesController(AlternativesService alternatives) {
		this.alternatives = alternatives;
	}

	@GetMapping(SitePaths.ALTERNATIVES)
	ModelAndView alternatives(@PathVariable String slug, @RequestParam(required = false) String sort) {
		return new ModelAndView("alternatives/list", "page",
				this.alternatives.page(slug, AlternativesService.Order.of(sort)));
	}

}
