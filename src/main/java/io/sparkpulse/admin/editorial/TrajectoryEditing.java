package io.sparkpulse.admin.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.predictions.TrajectoryLedgerEditing;
import io.sparkpulse.admin.predictions.TrajectoryLedgerForm;
import io.sparkpulse.admin.web.Conflicts;
import io.sparkpulse.admin.web.PreviewBanner;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.editorial.EditorialCommands;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.editorial.TrajectoryDraft;
import io.sparkpulse.products.ProductPage;
import io.sparkpulse.products.ProductPageService;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves editorial trajectories as new revisions and shows how revisions differ. A save is
 * refused when a newer revision than the one the editor started from exists; the
 * product's row is locked while checking, so two saves from the same revision cannot both
 * pass.
 */
@Service
@Transactional
public class TrajectoryEditing {

	private static final String ENTITY = "trajectory";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final CatalogCommands catalog;

	private final CatalogQueries catalogQueries;

	private final EditorialCommands commands;

	private final EditorialQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	private final TrajectoryLedgerEditing ledger;

	private final ProductPageService pages;

	TrajectoryEditing(CatalogCommands catalog, CatalogQueries catalogQueries, EditorialCommands commands,
			EditorialQueries queries, AuditLog audit, Clock clock, TrajectoryLedgerEditing ledger,
			ProductPageService pages) {
		this.ledger = ledger;
		this.pages = pages;
		this.catalog = catalog;
		this.catalogQueries = catalogQueries;
		this.commands = commands;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A product with every revision of its trajectory, newest first.
	 */
	@Transactional(readOnly = true)
	public History history(long productId) {
		EditableProduct product = this.catalogQueries.editableProduct(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		return new History(product, this.queries.history(productId));
	}

	@Transactional(readOnly = true)
	public TrajectoryLedgerForm ledgerForm(long productId) {
		return this.ledger.form(productId);
	}

	public Outcome revise(long productId, TrajectoryDraft draft, TrajectoryLedgerForm ledgerForm, long baseRevision,
			Actor actor) {
		EditableProduct product = this.catalog.lockProduct(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		Trajectory current = this.queries.currentOf(List.of(productId)).get(productId);
		int currentRevision = (current != null) ? current.revision() : 0;
		if (currentRevision != baseRevision) {
			if (current == null) {
				return new Conflicts().conflict(0, "nobody: this product has no trajectory yet");
			}
			return Outcome.stale(currentRevision,
					current.author() + ", " + WHEN.format(current.updatedAt()) + " (revision " + currentRevision + ")",
					TrajectoryForm.of(current).fieldValues(), Map.of());
		}
		Optional<Outcome> ledgerProblem = this.ledger.check(productId, draft, ledgerForm,
				LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		if (ledgerProblem.isPresent()) {
			return ledgerProblem.get();
		}
		int revision = this.commands.revise(productId, draft, actor.name(), this.clock.instant());
		this.ledger.record(productId, revision, current, draft, ledgerForm, actor, this.clock.instant());
		Trajectory saved = this.queries.currentOf(List.of(productId)).get(productId);
		this.audit.record(actor,
				AuditEvent
					.of("trajectory.revise", ENTITY, productId,
							"Wrote revision " + revision + " of the " + product.name() + " trajectory", current, saved)
					.aboutProduct(productId));
		return Outcome
			.saved(productId,
					"Revision " + revision + " of the " + product.name()
							+ " trajectory saved; it is on the public pages now.")
			.onPublicPage(product.published() ? SitePaths.product(product.slug()) : null);
	}

	/**
	 * The product's public page with this text as its trajectory, saved or not: what
	 * readers would see after the save.
	 */
	@Transactional(readOnly = true)
	public Preview preview(long productId, TrajectoryDraft draft, Actor actor) {
		History history = history(productId);
		int next = (history.current() != null) ? history.current().revision() + 1 : 1;
		Trajectory proposed = new Trajectory(productId, next, draft.headline(), draft.currentState(), draft.heading(),
				draft.prediction(), actor.name(), this.clock.instant(), 0);
		EditableProduct product = history.product();
		String where = product.published() ? "readers will see this on its product page and every comparison"
				: "readers will see this once the product is published";
		return new Preview(this.pages.preview(productId, proposed),
				new PreviewBanner("trajectory", "Preview of revision " + next + " (not saved)",
						"This is the " + product.name() + " page with your text as its trajectory. Nothing is saved "
								+ "yet; after saving, " + where + ".",
						productId, product.version()));
	}

	public record Preview(ProductPage page, PreviewBanner banner) {
	}

	/**
	 * How revision {@code number} differs from the one before it (from nothing, for the
	 * first).
	 */
	@Transactional(readOnly = true)
	public RevisionDiff diff(long productId, int number) {
		History history = history(productId);
		Trajectory revision = history.revision(number);
		Trajectory previous = history.revisions()
			.stream()
			.filter((r) -> r.revision() == number - 1)
			.findFirst()
			.orElse(null);
		return new RevisionDiff(history.product(), revision, previous, fields(previous, revision),
				revision.revision() != history.current().revision());
	}

	/**
	 * Every revision, newest first, each with the fields it changed against the one
	 * before and, when its text repeats an older revision (a restore), which one.
	 */
	@Transactional(readOnly = true)
	public RevisionList revisions(long productId) {
		History history = history(productId);
		List<Trajectory> revisions = history.revisions();
		List<RevisionList.Entry> entries = new ArrayList<>();
		for (int i = 0; i < revisions.size(); i++) {
			Trajectory revision = revisions.get(i);
			Trajectory previous = (i + 1 < revisions.size()) ? revisions.get(i + 1) : null;
			Integer sameAs = null;
			for (int j = i + 2; j < revisions.size() && sameAs == null; j++) {
				if (RevisionChanges.sameText(revisions.get(j), revision)) {
					sameAs = revisions.get(j).revision();
				}
			}
			entries.add(new RevisionList.Entry(revision, RevisionChanges.between(previous, revision), sameAs, i == 0));
		}
		return new RevisionList(history.product(), entries);
	}

	/**
	 * What restoring revision {@code number} would change in the current text.
	 */
	@Transactional(readOnly = true)
	public RestorePlan restorePlan(long productId, int number) {
		History history = history(productId);
		Trajectory revision = history.revision(number);
		Trajectory current = history.current();
		return new RestorePlan(history.product(), revision, current, fields(current, revision),
				RevisionChanges.sameText(current, revision));
	}

	/**
	 * Writes the text of revision {@code number} as a new revision, keeping every
	 * revision in between: history is only ever added to. The prediction's due date and
	 * the sources stay as they are now. Refused when the current revision is no longer
	 * {@code baseRevision}, when the current text already is that revision's, or when the
	 * ledger refuses it (a restored prediction whose due date has passed).
	 */
	public Outcome restore(long productId, int number, long baseRevision, Actor actor) {
		EditableProduct product = this.catalog.lockProduct(productId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
		History history = history(productId);
		Trajectory restored = history.revision(number);
		Trajectory current = history.current();
		if (current.revision() != baseRevision) {
			return new Conflicts().conflict(current.revision(), current.author() + ", "
					+ WHEN.format(current.updatedAt()) + " (revision " + current.revision() + ")");
		}
		if (RevisionChanges.sameText(current, restored)) {
			return Outcome.rejected("revision",
					"The current text already is that of revision " + number + ", so there is nothing to restore.");
		}
		TrajectoryDraft draft = new TrajectoryDraft(restored.headline(), restored.currentState(), restored.heading(),
				restored.prediction());
		TrajectoryLedgerForm ledgerForm = this.ledger.form(productId);
		Optional<Outcome> ledgerProblem = this.ledger.check(productId, draft, ledgerForm,
				LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		if (ledgerProblem.isPresent()) {
			if (ledgerProblem.get() instanceof Outcome.Rejected rejected) {
				return Outcome.rejected(rejected.field(),
						"Revision " + number + " was not restored: "
								+ Character.toLowerCase(rejected.message().charAt(0)) + rejected.message().substring(1)
								+ " Edit the trajectory instead, starting from its text.");
			}
			return ledgerProblem.get();
		}
		int revision = this.commands.revise(productId, draft, actor.name(), this.clock.instant());
		this.ledger.record(productId, revision, current, draft, ledgerForm, actor, this.clock.instant());
		Trajectory saved = this.queries.currentOf(List.of(productId)).get(productId);
		this.audit.record(actor,
				AuditEvent
					.of("trajectory.restore", ENTITY, productId,
							"Restored revision " + number + " of the " + product.name() + " trajectory as revision "
									+ revision,
							current, saved)
					.aboutProduct(productId));
		return Outcome
			.saved(productId,
					"Revision " + number + " of the " + product.name() + " trajectory is restored as revision "
							+ revision + "; it is on the public pages now. Earlier revisions are all kept.")
			.onPublicPage(product.published() ? SitePaths.product(product.slug()) : null);
	}

	private static List<RevisionDiff.Field> fields(Trajectory previous, Trajectory revision) {
		return RevisionChanges.PARTS.stream()
			.map((part) -> field(part.label(), previous, revision, part.text()))
			.toList();
	}

	private static RevisionDiff.Field field(String label, Trajectory previous, Trajectory revision,
			Function<Trajectory, String> text) {
		List<TextDiff.Segment> segments = TextDiff.between((previous != null) ? text.apply(previous) : "",
				text.apply(revision));
		return new RevisionDiff.Field(label, segments, TextDiff.changed(segments));
	}

	/**
	 * @param revisions every revision, newest first (empty when none was written)
	 */
	public record History(EditableProduct product, List<Trajectory> revisions) {

		public Trajectory current() {
			return this.revisions.isEmpty() ? null : this.revisions.get(0);
		}

		Trajectory revision(int number) {
			return this.revisions.stream()
				.filter((r) -> r.revision() == number)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("revision " + number + " of product " + this.product.id()));
		}

	}

	/**
	 * @param previous the revision before, or {@code null} for the first
	 */
	public record RevisionDiff(EditableProduct product, Trajectory revision, Trajectory previous, List<Field> fields,
			boolean restorable) {

		public record Field(String label, List<TextDiff.Segment> segments, boolean changed) {
		}

	}

	/**
	 * Every revision of a product's trajectory, newest first.
	 */
	public record RevisionList(EditableProduct product, List<Entry> entries) {

		/**
		 * @param changes the fields this revision changed against the one before it
		 * @param sameAs the older revision whose text this one repeats (not counting the
		 * one just before it), or {@code null}
		 * @param current whether this is the text readers see now
		 */
		public record Entry(Trajectory revision, List<RevisionChanges.Change> changes, Integer sameAs,
				boolean current) {
		}

	}

	/**
	 * @param fields how the current text would change, field by field
	 * @param unchanged whether the current text already is the revision's
	 */
	public record RestorePlan(EditableProduct product, Trajectory revision, Trajectory current,
			List<RevisionDiff.Field> fields, boolean unchanged) {
	}

}
