package io.sparkpulse.admin.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.SlugSuggestion;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.audit.SavedBy;
import io.sparkpulse.admin.web.LockedEdits;
import io.sparkpulse.admin.web.Option;
import io.sparkpulse.admin.web.PreviewBanner;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.catalog.EditableSector;
import io.sparkpulse.catalog.EditableTheme;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.ProductChanges;
import io.sparkpulse.catalog.ProductFilter;
import io.sparkpulse.catalog.ProductListing;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.products.ProductPage;
import io.sparkpulse.products.ProductPageService;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.When;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, retires and restores products for editors. Each save checks the version
 * the editor started from under a row lock, writes, and records the audit entry, all in
 * one transaction.
 */
@Service
@Transactional
public class ProductEditing {

	static final int PAGE_SIZE = 50;

	private static final String ENTITY = "product";

	private final CatalogCommands commands;

	private final CatalogQueries queries;

	private final AuditLog audit;

	private final SavedBy savedBy;

	private final LockedEdits<EditableProduct> edits;

	private final ProductPageService pages;

	private final RelativeTime times;

	ProductEditing(CatalogCommands commands, CatalogQueries queries, AuditLog audit, SavedBy savedBy,
			ProductPageService pages, RelativeTime times) {
		this.pages = pages;
		this.times = times;
		this.commands = commands;
		this.queries = queries;
		this.audit = audit;
		this.savedBy = savedBy;
		this.edits = new LockedEdits<>(ENTITY, commands::lockProduct, EditableProduct::version, savedBy);
	}

	@Transactional(readOnly = true)
	public ProductList list(ProductFilter filter, int page) {
		Pagination pagination = Pagination.of(page, PAGE_SIZE, this.queries.productCount(filter));
		List<ProductRow> products = pagination.contains(page)
				? this.queries.productListing(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE)
					.stream()
					.map((product) -> new ProductRow(product, this.times.withMinute(product.updatedAt())))
					.toList()
				: List.of();
		return new ProductList(products, pagination, filter, choices().sectors());
	}

	@Transactional(readOnly = true)
	public EditableProduct product(long id) {
		return this.queries.editableProduct(id).orElseThrow(() -> new NotFoundException("product " + id));
	}

	/**
	 * The product's public page as readers would see it, published or not, with a banner
	 * saying what the editor is looking at.
	 */
	@Transactional(readOnly = true)
	public Preview preview(long id) {
		EditableProduct product = product(id);
		PreviewBanner banner;
		if (product.draft()) {
			banner = new PreviewBanner("draft", "Preview of a draft",
					"Readers cannot see " + product.name() + " yet: its address answers 404 and it is in no list, "
							+ "sitemap, search or feed. Publish it when it is ready.",
					id, product.version());
		}
		else {
			banner = new PreviewBanner("product", "Preview",
					product.retired() ? product.name() + " is retired: readers get 410 Gone instead of this page."
							: "This is the page readers see now.",
					id, product.version());
		}
		return new Preview(this.pages.preview(id, null), banner);
	}

	/**
	 * What the product form offers: every sector, and the themes already in use.
	 */
	@Transactional(readOnly = true)
	public ProductChoices choices() {
		return new ProductChoices(this.queries.editableSectors()
			.stream()
			.map((s) -> new Option(String.valueOf(s.id()), s.name()))
			.toList(), this.queries.editableThemes().stream().map(EditableTheme::slug).toList());
	}

	public Outcome create(ProductDraft draft, Actor actor) {
		List<Outcome.Rejected> problems = problems(draft, true);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		String slug = slugOf(draft);
		long id = this.commands.createDraftProduct(new NewProduct(slug, draft.name(), draft.sectorId(),
				draft.headline(), draft.summary(), draft.websiteUrl(), draft.repositoryUrl(), draft.themes()));
		EditableProduct created = this.commands.lockProduct(id).orElseThrow();
		this.audit.record(actor,
				AuditEvent.of("product.create", ENTITY, id, "Created product " + created.name(), null, created)
					.aboutProduct(id));
		return Outcome.saved(id, "Draft “" + created.name() + "” saved. Readers cannot see it yet: preview it, then "
				+ "publish it to put it on " + SitePaths.product(slug) + ".");
	}

	public Outcome update(long id, ProductDraft draft, Actor actor) {
		EditableProduct current = locked(id);
		if (current.version() != draft.version()) {
			return conflict(current);
		}
		List<Outcome.Rejected> problems = problems(draft, false);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		this.commands.updateProduct(id, draft.version(), new ProductChanges(draft.name(), draft.sectorId(),
				draft.headline(), draft.summary(), draft.websiteUrl(), draft.repositoryUrl(), draft.themes()));
		EditableProduct updated = locked(id);
		this.audit.record(actor,
				AuditEvent.of("product.update", ENTITY, id, "Edited product " + updated.name(), current, updated)
					.aboutProduct(id));
		return Outcome.saved(id, "Product “" + updated.name() + "” saved.").onPublicPage(publicPath(updated));
	}

	public Outcome retire(long id, long version, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (current.draft()) {
				return Outcome.rejected("retired", "“" + current.name() + "” is a draft: it is not public to retire.");
			}
			if (current.retired()) {
				return Outcome.rejected("retired", "“" + current.name() + "” is retired already.");
			}
			this.commands.retireProduct(id, version);
			this.audit.record(actor,
					AuditEvent
						.of("product.retire", ENTITY, id, "Retired product " + current.name(), current, locked(id))
						.aboutProduct(id));
			return Outcome.saved(id, "“" + current.name() + "” is retired: its pages now answer 410 Gone.");
		});
	}

	public Outcome restore(long id, long version, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (!current.retired()) {
				return Outcome.rejected("retired", "“" + current.name() + "” is not retired.");
			}
			this.commands.restoreProduct(id, version);
			this.audit.record(actor,
					AuditEvent
						.of("product.restore", ENTITY, id, "Restored product " + current.name(), current, locked(id))
						.aboutProduct(id));
			return Outcome.saved(id, "“" + current.name() + "” is public again.").onPublicPage(publicPath(current));
		});
	}

	/**
	 * Puts a draft on the public pages: listed, in the sitemap, search and feeds.
	 */
	public Outcome publish(long id, long version, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (!current.draft()) {
				return Outcome.rejected("draft", "“" + current.name() + "” is published already.");
			}
			this.commands.publishProduct(id, version);
			EditableProduct published = locked(id);
			this.audit.record(actor,
					AuditEvent
						.of("product.publish", ENTITY, id, "Published product " + current.name(), current, published)
						.aboutProduct(id));
			return Outcome.saved(id, "“" + current.name() + "” is published: readers see it now.")
				.onPublicPage(publicPath(published));
		});
	}

	private static String publicPath(EditableProduct product) {
		return product.published() ? SitePaths.product(product.slug()) : null;
	}

	private EditableProduct locked(long id) {
		return this.edits.locked(id);
	}

	/**
	 * Every rule the draft breaks that the form's own checks cannot see (a taken slug, an
	 * unknown sector, a bad theme list), all at once: the form shows them in the same
	 * round as its field errors. Fields left empty are skipped, the form reports those.
	 * @param creating whether the slug is chosen now (it never changes afterwards)
	 */
	@Transactional(readOnly = true)
	public List<Outcome.Rejected> problems(ProductDraft draft, boolean creating) {
		List<Outcome.Rejected> problems = new ArrayList<>();
		if (creating && (draft.slug() != null || (draft.name() != null && !draft.name().isBlank()))) {
			String slug = slugOf(draft);
			if (slug.isEmpty()) {
				problems.add(Outcome.rejected("slug",
						"Slug: the name has no letters or digits to make a slug from, so enter one."));
			}
			else if (this.queries.productSlugExists(slug)) {
				problems.add(Outcome.rejected("slug", "Slug: “" + slug
						+ "” is taken by another product (perhaps a retired one), so choose another."));
			}
		}
		if (draft.sectorId() != null && this.queries.editableSector(draft.sectorId()).isEmpty()) {
			problems.add(Outcome.rejected("sectorId", "Sector: choose one of the sectors listed."));
		}
		ThemeList.problem(draft.themes())
			.ifPresent((problem) -> problems.add(Outcome.rejected("themes", "Themes: " + problem)));
		return problems;
	}

	private static String slugOf(ProductDraft draft) {
		return (draft.slug() != null) ? draft.slug() : SlugSuggestion.from(draft.name());
	}

	private Outcome conflict(EditableProduct theirs) {
		Map<String, String> sectors = this.queries.editableSectors()
			.stream()
			.collect(Collectors.toMap((sector) -> String.valueOf(sector.id()), EditableSector::name));
		return Outcome.stale(theirs.version(), this.savedBy.of(ENTITY, theirs.id()),
				ProductForm.of(theirs).fieldValues(), Map.of("sectorId", sectors));
	}

	public record Preview(ProductPage page, PreviewBanner banner) {
	}

	/**
	 * One page of the editors' product list.
	 */
	public record ProductRow(ProductListing product, When updated) {
	}

	public record ProductList(List<ProductRow> products, Pagination pagination, ProductFilter filter,
			List<Option> sectors) {

		public List<ProductFilter.Status> statuses() {
			return List.of(ProductFilter.Status.values());
		}

		public List<ProductFilter.Sort> sorts() {
			return List.of(ProductFilter.Sort.values());
		}

	}

	/**
	 * @param sectors every sector, for the sector select
	 * @param themes slugs of the themes in use, offered as suggestions
	 */
	public record ProductChoices(List<Option> sectors, List<String> themes) {
	}

}
