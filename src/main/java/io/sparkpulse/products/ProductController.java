package io.sparkpulse.products;

import java.util.List;

import io.sparkpulse.freshness.PageDependencies;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ProductController {

	private final ProductPageService pages;

	private final PageDependencies dependencies;

	ProductController(ProductPageService pages, PageDependencies dependencies) {
		this.pages = pages;
		this.dependencies = dependencies;
	}

	@GetMapping(SitePaths.PRODUCT)
	ModelAndView product(@PathVariable String slug, @RequestParam(defaultValue = "1") int page) {
		ProductPage shown = this.pages.page(slug, page);
		this.dependencies.product(shown.product().id());
		this.dependencies.products(shown.alternatives().stream().map((one) -> one.product().id()).toList());
		this.dependencies.sectors(List.of(shown.product().sector().id()));
		return new ModelAndView("products/product", "page", shown);
	}

}
