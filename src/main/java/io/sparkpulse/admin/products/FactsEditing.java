package io.sparkpulse.admin.products;

import java.util.List;
import java.util.function.Function;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.audit.SavedBy;
import io.sparkpulse.admin.web.Conflicts;
import io.sparkpulse.admin.web.Option;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.facts.FactsCommands;
import io.sparkpulse.facts.FactsDraft;
import io.sparkpulse.facts.FactsQueries;
import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;
import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a product's category and facts for editors, like the product itself: the save
 * checks the version the editor started from under the product's row lock, writes, and
 * records the audit entry (the facts before and after), all in one transaction.
 */
@Service
@Transactional
public class FactsEditing {

	private static final String ENTITY = "facts";

	private final CatalogCommands catalog;

	private final CatalogQueries catalogQueries;

	private final FactsCommands commands;

	private final FactsQueries queries;

	private final AuditLog audit;

	private final SavedBy savedBy;

	FactsEditing(CatalogCommands catalog, CatalogQueries catalogQueries, FactsCommands commands, FactsQueries queries,
			AuditLog audit, SavedBy savedBy) {
		this.catalog = catalog;
		this.catalogQueries = catalogQueries;
		this.commands = commands;
		this.queries = queries;
		this.audit = audit;
		this.savedBy = savedBy;
	}

	/**
	 * The product, its facts as saved, and what the form offers.
	 */
	@Transactional(readOnly = true)
	public FactsView view(long productId) {
		EditableProduct product = this.catalogQueries.editableProduct(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		return new FactsView(product, this.queries.of(productId), this.queries.categories(),
				List.of(new Option(Hosting.SELF_HOSTED.name(), Hosting.SELF_HOSTED.label()),
						new Option(Hosting.HOSTED.name(), Hosting.HOSTED.label()),
						new Option(Hosting.BOTH.name(), Hosting.BOTH.label())),
				List.of(new Option(Pricing.FREE.name(), Pricing.FREE.label()),
						new Option(Pricing.OPEN_CORE.name(), Pricing.OPEN_CORE.label()),
						new Option(Pricing.FREEMIUM.name(), Pricing.FREEMIUM.label()),
						new Option(Pricing.PAID.name(), Pricing.PAID.label())));
	}

	public Outcome save(long productId, FactsDraft draft, long version, Actor actor) {
		EditableProduct product = this.catalog.lockProduct(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		ProductFacts current = this.queries.of(productId);
		if (current.version() != version) {
			return conflict(current, draft);
		}
		this.commands.save(productId, version, draft);
		ProductFacts saved = this.queries.of(productId);
		this.audit.record(actor,
				AuditEvent
					.of(ENTITY + ".update", ENTITY, productId, "Edited the facts of " + product.name(), current, saved)
					.aboutProduct(productId));
		return Outcome.saved(productId, "Facts of “" + product.name() + "” saved; compare pages show them now.");
	}

	private Outcome conflict(ProductFacts theirs, FactsDraft yours) {
		FactsDraft saved = theirs.draft();
		return new Conflicts().field("Category", saved.category(), yours.category())
			.field("Licence", text(saved.licence(), (l) -> l.spdx()), text(yours.licence(), (l) -> l.spdx()))
			.field("Hosting", text(saved.hosting(), Hosting::label), text(yours.hosting(), Hosting::label))
			.field("Platforms", text(saved.platforms(), (p) -> String.join(", ", p)),
					text(yours.platforms(), (p) -> String.join(", ", p)))
			.field("Main language", text(saved.language(), Function.identity()),
					text(yours.language(), Function.identity()))
			.field("Pricing", text(saved.pricing(), Pricing::label), text(yours.pricing(), Pricing::label))
			.field("First release", text(saved.firstRelease(), String::valueOf),
					text(yours.firstRelease(), String::valueOf))
			.field("Adoption", text(saved.adoption(), (a) -> a.label()), text(yours.adoption(), (a) -> a.label()))
			.conflict(theirs.version(), this.savedBy.of(ENTITY, theirs.productId()));
	}

	/**
	 * A fact as one line of a conflict: its value, source and day.
	 */
	private static <T> String text(Sourced<T> fact, Function<T, String> value) {
		if (fact == null) {
			return "";
		}
		return value.apply(fact.value()) + " (" + fact.sourceUrl() + ", " + fact.checkedOn() + ")";
	}

	/**
	 * @param categories the categories in use, offered as suggestions
	 */
	public record FactsView(EditableProduct product, ProductFacts facts, List<String> categories,
			List<Option> hostingOptions, List<Option> pricingOptions) {
	}

}
