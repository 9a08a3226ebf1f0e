package io.sparkpulse.products;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.alternatives.AlternativesService;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.compare.ComparisonLinks;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.EditorialMarkdown;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.scoring.ScoreExplanations;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.GoneException;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a product's full-trajectory page: editorial text and its revisions, one page of
 * the activity timeline and the top alternatives.
 */
@Service
@Transactional(readOnly = true)
public class ProductPageService {

	static final int PAGE_SIZE = 20;

	static final int TOP_ALTERNATIVES = 5;

	private final CatalogQueries catalog;

	private final EditorialQueries editorial;

	private final ActivityQueries activity;

	private final AlternativesService alternatives;

	private final RelativeTime time;

	private final ScoreExplanations scores;

	private final PageMetas metas;

	private final LedgerQueries ledger;

	private final ComparisonLinks comparisons;

	private final EditorialMarkdown markdown;

	ProductPageService(CatalogQueries catalog, EditorialQueries editorial, ActivityQueries activity,
			AlternativesService alternatives, RelativeTime time, ScoreExplanations scores, PageMetas metas,
			LedgerQueries ledger, ComparisonLinks comparisons, EditorialMarkdown markdown) {
		this.markdown = markdown;
		this.ledger = ledger;
		this.comparisons = comparisons;
		this.metas = metas;
		this.scores = scores;
		this.catalog = catalog;
		this.editorial = editorial;
		this.activity = activity;
		this.alternatives = alternatives;
		this.time = time;
	}

	public ProductPage page(String slug, int page) {
		ProductSummary product = this.catalog.product(slug).orElseThrow(() -> missing(slug));
		Pagination pagination = Pagination.of(page, PAGE_SIZE, this.activity.countOf(product.id()));
		if (!pagination.contains(page)) {
			throw new NotFoundException("page " + page + " of " + slug);
		}
		return build(product, page, pagination, this.editorial.history(product.id()));
	}

	/**
	 * The product's page as readers would see it, for an editor, whether it is published
	 * yet or not, with {@code proposed} (when not {@code null}) as a trajectory not saved
	 * yet; never indexed.
	 */
	public ProductPage preview(long productId, Trajectory proposed) {
		ProductSummary product = this.catalog.productForPreview(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		Pagination pagination = Pagination.of(1, PAGE_SIZE, this.activity.countOf(product.id()));
		List<Trajectory> history = new ArrayList<>(this.editorial.history(product.id()));
		if (proposed != null) {
			history.add(0, proposed);
		}
		ProductPage page = build(product, 1, pagination, history);
		PageMeta meta = page.meta();
		return new ProductPage(
				new PageMeta(meta.title(), meta.description(), meta.canonicalPath(), "noindex, nofollow",
						meta.breadcrumbs(), meta.jsonLd(), meta.imagePath(), meta.ogType(), meta.feeds()),
				page.product(), page.trajectory(), page.editorial(), page.editorialUpdated(), page.earlierRevisions(),
				page.timeline(), page.pagination(), page.alternatives(), page.score(), page.ledger(),
				page.compareWith());
	}

	private ProductPage build(ProductSummary product, int page, Pagination pagination, List<Trajectory> history) {
		Trajectory current = history.isEmpty() ? null : history.get(0);
		List<ProductPage.Revision> earlier = history.stream()
			.skip(1)
			.map((revision) -> new ProductPage.Revision(revision.revision(), revision.author(),
					this.time.of(revision.updatedAt())))
			.toList();
		List<Dated<ActivityRow>> timeline = this.activity.timeline(product.id(), (page - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map((entry) -> this.time.dated(ActivityRow.of(entry, product.slug(), product.name()), entry.occurredOn()))
			.toList();
		List<RankedAlternative> alternatives = this.alternatives.top(product, TOP_ALTERNATIVES);
		String title = product.name() + ": full trajectory" + ((page > 1) ? " (page " + page + ")" : "");
		String description = product.name() + " (" + product.sector().name() + ", velocity " + product.velocity()
				+ "): " + ((current != null) ? current.headline() : product.headline());
		String path = SitePaths.product(product.slug(), page);
		String productPath = SitePaths.product(product.slug());
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", SitePaths.sectors()),
				new Crumb(product.sector().name(), SitePaths.sector(product.sector().slug())),
				new Crumb(product.name(), path));
		PageMeta meta = this.metas.page(title, description, path, crumbs, SitePaths.productCard(product.slug()),
				List.of(new Link(product.name() + ": activity feed", SitePaths.productFeed(product.slug()))),
				this.metas.structuredData()
					.softwareApplication(product.name(), product.headline(), productPath, product.websiteUrl(),
							product.sector().name()));
		return new ProductPage(meta, product, current,
				(current != null) ? this.markdown.text(current, this.time.now()) : null,
				(current != null) ? this.time.of(current.updatedAt()) : null, earlier, timeline, pagination,
				alternatives, ScoreSection.of(this.scores.explain(product.id()), this.time), ProductLedgerView
					.of(this.ledger.forProducts(List.of(product.id())).get(product.id()), this.time.today()),
				this.comparisons.closestTo(product, alternatives));
	}

	private RuntimeException missing(String slug) {
		return this.catalog.retiredAmong(List.of(slug)).isEmpty() ? new NotFoundException("product " + slug)
				: new GoneException("product " + slug);
	}

}
