package io.sparkpulse.sectors;

import java.util.List;

import io.sparkpulse.freshness.PageDependencies;
import io.sparkpulse.web.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SectorController {

	private final SectorPageService pages;

	private final PageDependencies dependencies;

	SectorController(SectorPageService pages, PageDependencies dependencies) {
		this.pages = pages;
		this.dependencies = dependencies;
	}

	@GetMapping(SitePaths.SECTORS)
	ModelAndView sectors() {
		this.dependencies.wholeCatalog();
		return new ModelAndView("sectors/list", "page", this.pages.sectors());
	}

	/**
	 * A sector's ranking, a page at a time ({@code ?page=1} has already moved to the
	 * plain URL, which owns the first page).
	 */
	@GetMapping(SitePaths.SECTOR)
	ModelAndView sector(@PathVariable String slug, @RequestParam(defaultValue = "1") int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 1 or more");
		}
		SectorPage shown = this.pages.page(slug, page);
		this.dependencies.sectors(List.of(shown.sector().id()));
		this.dependencies.products(shown.products().stream().map((entry) -> entry.product().id()).toList());
		return new ModelAndView("sectors/sector", "page", shown);
	}

}
