package io.sparkpulse.home;

import io.sparkpulse.freshness.PageDependencies;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HomeController {

	private final HomePageService pages;

	private final PageDependencies dependencies;

	HomeController(HomePageService pages, PageDependencies dependencies) {
		this.pages = pages;
		this.dependencies = dependencies;
	}

	@GetMapping(SitePaths.HOME)
	ModelAndView home() {
		this.dependencies.wholeCatalog();
		return new ModelAndView("home", "page", this.pages.page());
	}

}
