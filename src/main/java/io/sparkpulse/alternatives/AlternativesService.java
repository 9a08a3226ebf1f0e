package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorRankings;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.GoneException;
import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks a product's alternatives: the other products of its sector, fastest shipping
 * first, each with the themes it shares with the product.
 */
@Service
@Transactional(readOnly = true)
public class AlternativesService {

	static final int MAX_ALTERNATIVES = 50;

	private final CatalogQueries catalog;

	private final SectorRankings rankings;

	private final PageMetas metas;

	AlternativesService(CatalogQueries catalog, SectorRankings rankings, PageMetas metas) {
		this.rankings = rankings;
		this.catalog = catalog;
		this.metas = metas;
	}

	public AlternativesPage page(String slug) {
		ProductSummary product = this.catalog.product(slug).orElseThrow(() -> missing(slug));
		List<RankedAlternative> ranked = rank(product, MAX_ALTERNATIVES);
		String title = "Best " + product.name() + " alternatives";
		String description = ranked.isEmpty()
				? "Sparkpulse tracks no other " + product.sector().name() + " product besides " + product.name()
						+ " yet."
				: ranked.size() + " " + product.sector().name() + " alternatives to " + product.name()
						+ " ranked by release velocity, led by " + ranked.get(0).product().name() + " ("
						+ ranked.get(0).product().velocity() + "), with the themes each shares with " + product.name()
						+ ".";
		String path = "/alternatives/" + product.slug();
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", "/sectors"),
				new Crumb(product.sector().name(), "/sectors/" + product.sector().slug()),
				new Crumb(product.name(), "/products/" + product.slug()), new Crumb("Alternatives", path));
		PageMeta meta = this.metas.page(title, description, path, crumbs, "/cards/products/" + product.slug() + ".png",
				List.of(),
				this.metas.structuredData()
					.itemList(title,
							ranked.stream()
								.map((alternative) -> new Crumb(alternative.product().name(),
										"/products/" + alternative.product().slug()))
								.toList()));
		return new AlternativesPage(meta, title, description, product, ranked);
	}

	/**
	 * The top {@code limit} alternatives of a product, for other pages' sidebars.
	 */
	public List<RankedAlternative> top(ProductSummary product, int limit) {
		return rank(product, limit);
	}

	private List<RankedAlternative> rank(ProductSummary product, int limit) {
		List<ProductSummary> others = this.rankings.ranked(List.of(product.sector().id()), List.of(product.id()),
				limit);
		List<RankedAlternative> ranked = new ArrayList<>(others.size());
		for (ProductSummary other : others) {
			ranked.add(new RankedAlternative(ranked.size() + 1, other,
					SharedThemes.between(product.themes(), other.themes()),
					new Link(other.name() + " vs " + product.name(), comparePath(product.slug(), other.slug()))));
		}
		return ranked;
	}

	private RuntimeException missing(String slug) {
		return this.catalog.retiredAmong(List.of(slug)).isEmpty() ? new NotFoundException("product " + slug)
				: new GoneException("product " + slug);
	}

	/**
	 * The canonical compare path of two products: alphabetical by slug.
	 */
	public static String comparePath(String a, String b) {
		return "/compare/" + ((a.compareTo(b) <= 0) ? a + "-vs-" + b : b + "-vs-" + a);
	}

}
