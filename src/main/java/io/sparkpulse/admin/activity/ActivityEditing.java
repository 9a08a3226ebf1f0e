package io.sparkpulse.admin.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.EditableActivity;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.audit.SavedBy;
import io.sparkpulse.admin.web.LockedEdits;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, edits, flags and deletes a product's activity items. Every write goes through
 * {@link ActivityCommands}, so the product's velocity score is recomputed in the same
 * transaction.
 */
@Service
@Transactional
public class ActivityEditing {

	static final int PAGE_SIZE = 25;

	/** A ship move may be dated ahead (an announced release), but not absurdly. */
	private static final int MAX_YEARS_AHEAD = 1;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final String ENTITY = "activity";

	private final ActivityCommands commands;

	private final ActivityQueries queries;

	private final CatalogQueries catalog;

	private final AuditLog audit;

	private final SavedBy savedBy;

	private final LockedEdits<EditableActivity> edits;

	private final Clock clock;

	ActivityEditing(ActivityCommands commands, ActivityQueries queries, CatalogQueries catalog, AuditLog audit,
			SavedBy savedBy, Clock clock) {
		this.commands = commands;
		this.queries = queries;
		this.catalog = catalog;
		this.audit = audit;
		this.savedBy = savedBy;
		this.edits = new LockedEdits<>(ENTITY, commands::lock, EditableActivity::version, savedBy);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Timeline timeline(long productId, int page) {
		EditableProduct product = product(productId);
		Pagination pagination = Pagination.of(page, PAGE_SIZE, this.queries.countOf(productId));
		if (!pagination.contains(page)) {
			throw new NotFoundException("activity page " + page + " of product " + productId);
		}
		return new Timeline(product, this.queries.editablePage(productId, (page - 1) * PAGE_SIZE, PAGE_SIZE),
				pagination);
	}

	@Transactional(readOnly = true)
	public Item item(long id) {
		EditableActivity item = this.queries.editable(id).orElseThrow(() -> new NotFoundException("activity " + id));
		return new Item(product(item.productId()), item);
	}

	@Transactional(readOnly = true)
	public EditableProduct product(long productId) {
		return this.catalog.editableProduct(productId).orElseThrow(() -> new NotFoundException("product " + productId));
	}

	@Transactional(readOnly = true)
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	public Outcome add(long productId, NewActivity activity, Actor actor) {
		EditableProduct product = product(productId);
		Optional<Outcome> invalid = invalid(activity);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		long id = this.commands.record(productId, activity);
		EditableActivity created = this.queries.editable(id).orElseThrow();
		this.audit.record(actor,
				AuditEvent
					.of("activity.create", ENTITY, id, "Added “" + activity.title() + "” to " + product.name(), null,
							created.entry())
					.aboutProduct(productId));
		return Outcome.saved(id, "Added “" + activity.title() + "” to " + product.name() + ".")
			.onPublicPage(publicPath(product));
	}

	public Outcome update(long id, NewActivity activity, long version, Actor actor) {
		EditableActivity current = locked(id);
		if (current.version() != version) {
			return conflict(current);
		}
		if (current.removed()) {
			return Outcome.rejected("title", "This item is removed: restore it from the activity list first.");
		}
		Optional<Outcome> invalid = invalid(activity);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		this.commands.update(id, version, activity);
		this.audit.record(actor,
				AuditEvent
					.of("activity.update", ENTITY, id, "Edited “" + activity.title() + "”", current.entry(),
							locked(id).entry())
					.aboutProduct(current.productId()));
		return Outcome.saved(id, "Saved “" + activity.title() + "”.")
			.onPublicPage(publicPath(product(current.productId())));
	}

	public Outcome markSpark(long id, long version, boolean spark, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (current.removed()) {
				return Outcome.rejected("spark", "“" + current.entry().title() + "” is removed: restore it first.");
			}
			this.commands.markSpark(id, version, spark);
			String title = current.entry().title();
			this.audit.record(actor, AuditEvent.of(spark ? "activity.spark" : "activity.unspark", ENTITY, id,
					(spark ? "Flagged “" : "Unflagged “") + title + "” as a spark", current.entry(), locked(id).entry())
				.aboutProduct(current.productId()));
			return Outcome.saved(id,
					spark ? "“" + title + "” is flagged as a ⚡ spark." : "“" + title + "” is no longer a spark.");
		});
	}

	/**
	 * Takes an item off the public pages and out of the score; it stays listed for
	 * editors as removed and {@link #restore} brings it back.
	 */
	public Outcome remove(long id, long version, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (current.removed()) {
				return Outcome.rejected("removed", "“" + current.entry().title() + "” is removed already.");
			}
			this.commands.remove(id, version);
			this.audit.record(actor,
					AuditEvent
						.of("activity.remove", ENTITY, id, "Removed “" + current.entry().title() + "”", current.entry(),
								locked(id).entry())
						.aboutProduct(current.productId()));
			return Outcome.saved(current.productId(), "Removed “" + current.entry().title()
					+ "”: it is off the public pages and out of the score. It stays listed here, marked removed.");
		});
	}

	public Outcome restore(long id, long version, Actor actor) {
		return this.edits.atVersion(id, version, (current) -> {
			if (!current.removed()) {
				return Outcome.rejected("removed", "“" + current.entry().title() + "” is not removed.");
			}
			this.commands.restore(id, version);
			EditableActivity restored = locked(id);
			this.audit.record(actor,
					AuditEvent
						.of("activity.restore", ENTITY, id, "Restored “" + current.entry().title() + "”",
								current.entry(), restored.entry())
						.aboutProduct(current.productId()));
			return Outcome.saved(current.productId(), "Restored “" + current.entry().title() + "”.")
				.onPublicPage(publicPath(product(current.productId())));
		});
	}

	private static String publicPath(EditableProduct product) {
		return product.published() ? SitePaths.product(product.slug()) : null;
	}

	private EditableActivity locked(long id) {
		return this.edits.locked(id);
	}

	private Optional<Outcome> invalid(NewActivity activity) {
		if (activity.occurredOn().isBefore(EARLIEST)
				|| activity.occurredOn().isAfter(today().plusYears(MAX_YEARS_AHEAD))) {
			return Optional
				.of(Outcome.rejected("occurredOn", "Enter a date between " + EARLIEST + " and a year from today."));
		}
		return Optional.empty();
	}

	private Outcome conflict(EditableActivity theirs) {
		return Outcome.stale(theirs.version(), this.savedBy.of(ENTITY, theirs.id()),
				ActivityForm.of(theirs).fieldValues(), ActivityForm.valueLabels());
	}

	/**
	 * One page of a product's activity for editors, newest first.
	 */
	public record Timeline(EditableProduct product, List<EditableActivity> items, Pagination pagination) {
	}

	public record Item(EditableProduct product, EditableActivity item) {
	}

}
