package io.sparkpulse.search;

import java.util.List;

import io.sparkpulse.catalog.NameSuggestion;
import io.sparkpulse.compare.ComparisonFinder;
import io.sparkpulse.web.SitePaths;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product names for the "Compare with…" fields, as JSON. Same-origin only: no CORS
 * headers are ever sent, so other sites' scripts cannot read it. Answers are held by the
 * page cache per data version, like pages.
 */
@RestController
class SuggestionsController {

	private final ComparisonFinder finder;

	SuggestionsController(ComparisonFinder finder) {
		this.finder = finder;
	}

	@GetMapping(path = SitePaths.SEARCH_SUGGESTIONS, produces = MediaType.APPLICATION_JSON_VALUE)
	Suggestions suggestions(@RequestParam(required = false) String q) {
		String typed = SearchQuery.of(q).text();
		return new Suggestions(typed, this.finder.suggestions(typed).stream().map(Suggestion::of).toList());
	}

	/**
	 * @param query what was typed, as searched
	 * @param products matching products, most active first
	 */
	record Suggestions(String query, List<Suggestion> products) {
	}

	record Suggestion(String name, String slug, String sector, String url) {

		static Suggestion of(NameSuggestion product) {
			return new Suggestion(product.name(), product.slug(), product.sector(), SitePaths.product(product.slug()));
		}

	}

}
