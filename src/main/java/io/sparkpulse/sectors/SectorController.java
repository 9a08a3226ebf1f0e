package io.sparkpulse.sectors;

import io.sparkpulse.freshness.PageDependencies;
import java.util.List;
import java.util.Locale;

import io.sparkpulse.web.PermanentRedirect;
import io.sparkpulse.web.SectorPaths;
import io.sparkpulse.web.Slugs;

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

	@GetMapping("/sectors")
	ModelAndView sectors() {
		this.dependencies.wholeCatalog();
		return new ModelAndView("sectors/list", "page", this.pages.sectors());
	}

	/**
	 * A sector's ranking, a page at a time; {@code ?page=1} moves to the plain URL, which
	 * owns the first page.
	 */
	@GetMapping("/sectors/{slug}")
	ModelAndView sector(@PathVariable String slug, @RequestParam(required = false) Integer page) {
		if (page != null && page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 1 or more");
		}
		int number = (page != null) ? page : 1;
		String lower = slug.toLowerCase(Locale.ROOT);
		if (Slugs.isWellFormed(lower) && ((page != null && page == 1) || !lower.equals(slug))) {
			return PermanentRedirect.to(SectorPaths.page(lower, number));
		}
		SectorPage shown = this.pages.page(slug, number);
		this.dependencies.sectors(List.of(shown.sector().id()));
		this.dependencies.products(shown.products().stream().map((entry) -> entry.product().id()).toList());
		return new ModelAndView("sectors/sector", "page", shown);
	}

}
