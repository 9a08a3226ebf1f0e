package io.sparkpulse.compare;

import io.sparkpulse.freshness.PageDependencies;
import java.util.stream.Stream;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.PermanentRedirect;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class CompareController {

	private final ComparePageService pages;

	private final PageDependencies dependencies;

	CompareController(ComparePageService pages, PageDependencies dependencies) {
		this.pages = pages;
		this.dependencies = dependencies;
	}

	@GetMapping(SitePaths.COMPARE)
	ModelAndView compare(@PathVariable String pair) {
		CompareOutcome outcome = this.pages.compare(pair);
		if (outcome instanceof CompareOutcome.MovedTo moved) {
			return PermanentRedirect.to(moved.path());
		}
		ComparePage page = ((CompareOutcome.Page) outcome).page();
		// Every product the page names: the compared ones, their alternatives and the
		// suggested third product.
		this.dependencies.products(Stream
			.of(page.columns().stream().map(ProductColumn::product),
					page.alternatives().stream().map(ComparePage.AlternativeCard::product),
					Stream.ofNullable(page.extension()).map(ComparisonLinks.Extension::product))
			.flatMap((products) -> products)
			.map(ProductSummary::id)
			.toList());
		this.dependencies.sectors(page.columns().stream().map((column) -> column.product().sector().id()).toList());
		return new ModelAndView("compare/pair", "page", page);
	}

}
