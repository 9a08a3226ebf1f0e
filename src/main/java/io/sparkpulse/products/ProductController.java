package io.sparkpulse.products;

import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ProductController {

	private final ProductPageService pages;

	ProductController(ProductPageService pages) {
		this.pages = pages;
	}

	@GetMapping(SitePaths.PRODUCT)
	ModelAndView product(@PathVariable String slug, @RequestParam(defaultValue = "1") int page) {
		return new ModelAndView("products/product", "page", this.pages.page(slug, page));
	}

}
