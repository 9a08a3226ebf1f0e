package io.sparkpulse.home;

import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HomeController {

	private final HomePageService pages;

	HomeController(HomePageService pages) {
		this.pages = pages;
	}

	@GetMapping(SitePaths.HOME)
	ModelAndView home() {
		return new ModelAndView("home", "page", this.pages.page());
	}

}
