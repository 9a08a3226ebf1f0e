package io.sparkpulse.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.MostActiveProducts;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.compare.ComparisonFinder;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code /search}: a full-text search over the products' search documents, a
 * trigram look-up of names when that finds nothing, and browsing help when there is
 * nothing to show. Each state costs a fixed handful of statements: three for results, two
 * for an empty query, at most five when nothing matches.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final int PAGE_SIZE = 20;

	static final int SIMILAR = 5;

	static final int POPULAR = 8;

	private final SearchIndex index;

	private final CatalogQueries catalog;

	private final MostActiveProducts rankings;

	private final ComparisonFinder comparisons;

	SearchService(SearchIndex index, CatalogQueries catalog, MostActiveProducts rankings,
			ComparisonFinder comparisons) {
		this.comparisons = comparisons;
		this.index = index;
		this.rankings = rankings;
		this.catalog = catalog;
	}

	/**
	 * The compare page a search names ("x vs y", "x, y and z", when every name is a
	 * product), or else the given page of results.
	 */
	public SearchOutcome answer(SearchQuery query, int page) {
		return this.comparisons.pathForSearch(query.text())
			.<SearchOutcome>map(SearchOutcome.Comparison::new)
			.orElseGet(() -> new SearchOutcome.Results(search(query, page)));
	}

	/**
	 * The given page (from 1) of results; pages beyond the last are not found.
	 */
	public SearchPage search(SearchQuery query, int page) {
		if (query.isEmpty()) {
			if (page != 1) {
				throw new NotFoundException("search page " + page + " without a query");
			}
			return start(query);
		}
		this.index.planOnceForAnyWords();
		List<SearchIndex.Match> matches = this.index.matches(query.text(), (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
		if (matches.isEmpty()) {
			if (page != 1) {
				throw new NotFoundException("search page " + page);
			}
			return nothingFound(query);
		}
		Map<Long, ProductSummary> products = byId(
				this.catalog.productsByIds(matches.stream().map(SearchIndex.Match::productId).toList()));
		List<SearchPage.Result> results = matches.stream()
			.filter((match) -> products.containsKey(match.productId()))
			.map((match) -> new SearchPage.Result(products.get(match.productId()), match.name(), match.headline(),
					match.themes(), match.excerpt()))
			.toList();
		int total = matches.get(0).total();
		String title = "Search results for “" + query.text() + "”" + ((page > 1) ? " (page " + page + ")" : "");
		String description = (matches.get(0).capped() ? "More than " + total : String.valueOf(total))
				+ ((total == 1) ? " product matches" : " products match") + " “" + query.text() + "” on Sparkpulse: "
				+ results.stream().limit(3).map((result) -> result.product().name()).collect(Collectors.joining(", "))
				+ ((total > 3) ? " and more." : ".");
		return new SearchPage(title, description, query, results, Pagination.of(page, PAGE_SIZE, total), List.of(),
				List.of(), List.of(), matches.get(0).capped());
	}

	private SearchPage start(SearchQuery query) {
		List<SectorSummary> sectors = this.catalog.sectors();
		int tracked = sectors.stream().mapToInt(SectorSummary::productCount).sum();
		return new SearchPage("Search",
				"Search the " + tracked + " tech products Sparkpulse tracks by name, theme or "
						+ "editorial trajectory, or browse the most active ones and " + sectors.size() + " sectors.",
				query, List.of(), null, List.of(), this.rankings.mostActive(POPULAR), sectors, false);
	}

	private SearchPage nothingFound(SearchQuery query) {
		List<Long> similarIds = this.index.similarNames(query.nameCandidates(), SIMILAR);
		Map<Long, ProductSummary> found = byId(this.catalog.productsByIds(similarIds));
		List<ProductSummary> similar = similarIds.stream().map(found::get).filter(Objects::nonNull).toList();
		String description = "No product matches “" + query.text() + "” on Sparkpulse"
				+ (similar.isEmpty() ? "." : "; did you mean " + similar.get(0).name() + "?");
		return new SearchPage("No results for “" + query.text() + "”", description, query, List.of(), null, similar,
				similar.isEmpty() ? this.rankings.mostActive(POPULAR) : List.of(), this.catalog.sectors(), false);
	}

	private static Map<Long, ProductSummary> byId(List<ProductSummary> products) {
		return products.stream().collect(Collectors.toMap(ProductSummary::id, Function.identity()));
	}

}
