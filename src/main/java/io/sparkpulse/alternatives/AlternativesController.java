package io.sparkpulse.alternatives;

import java.util.List;

import io.sparkpulse.freshness.PageDependencies;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class AlternativesController {

	private final AlternativesService alternatives;

	private final PageDependencies dependencies;

	AlternativesController(AlternativesService alternatives, PageDependencies dependencies) {
		this.alternatives = alternatives;
		this.dependencies = dependencies;
	}

	@GetMapping(SitePaths.ALTERNATIVES)
	ModelAndView alternatives(@PathVariable String slug, @RequestParam(required = false) String sort) {
		AlternativesPage page = this.alternatives.page(slug, AlternativesService.Order.of(sort));
		this.dependencies.product(page.product().id());
		this.dependencies.products(page.alternatives().stream().map((one) -> one.product().id()).toList());
		this.dependencies.sectors(List.of(page.product().sector().id()));
		return new ModelAndView("alternatives/list", "page", page);
	}

}
