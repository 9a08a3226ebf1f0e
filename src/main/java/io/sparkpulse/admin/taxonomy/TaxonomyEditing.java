package io.sparkpulse.admin.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.SlugSuggestion;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.audit.SavedBy;
import io.sparkpulse.admin.web.Conflicts;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableSector;
import io.sparkpulse.catalog.EditableTheme;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and renames sectors and themes, and merges one theme into another, each change
 * checked against the version the editor started from and written to the audit log in the
 * same transaction.
 */
@Service
@Transactional
public class TaxonomyEditing {

	private static final String NO_SLUG = "Slug: the name has no letters or digits to make a slug from, so enter one.";

	private final CatalogCommands commands;

	private final CatalogQueries queries;

	private final AuditLog audit;

	private final SavedBy savedBy;

	TaxonomyEditing(CatalogCommands commands, CatalogQueries queries, AuditLog audit, SavedBy savedBy) {
		this.commands = commands;
		this.queries = queries;
		this.audit = audit;
		this.savedBy = savedBy;
	}

	@Transactional(readOnly = true)
	public List<EditableSector> sectors() {
		return this.queries.editableSectors();
	}

	@Transactional(readOnly = true)
	public EditableSector sector(long id) {
		return this.queries.editableSector(id).orElseThrow(() -> new NotFoundException("sector " + id));
	}

	@Transactional(readOnly = true)
	public List<EditableTheme> themes() {
		return this.queries.editableThemes();
	}

	/**
	 * The themes whose slug or name contains {@code search}, ignoring case and whether
	 * words are joined by dashes or spaces ("self hosted" finds "self-hosted"); every
	 * theme when the search is empty.
	 */
	@Transactional(readOnly = true)
	public List<EditableTheme> themes(String search) {
		String wanted = folded(search);
		if (wanted.isEmpty()) {
			return themes();
		}
		return themes().stream()
			.filter((theme) -> folded(theme.slug()).contains(wanted) || folded(theme.name()).contains(wanted))
			.toList();
	}

	static String folded(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip() : "";
	}

	@Transactional(readOnly = true)
	public EditableTheme theme(long id) {
		return this.queries.editableTheme(id).orElseThrow(() -> new NotFoundException("theme " + id));
	}

	/**
	 * Why a new sector's slug (given, or made from the name) cannot be used, checked
	 * before saving so the form shows it with its other errors; empty when it can.
	 */
	@Transactional(readOnly = true)
	public List<Outcome.Rejected> sectorSlugProblems(String requestedSlug, String name) {
		if (requestedSlug == null && (name == null || name.isBlank())) {
			return List.of();
		}
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		if (slug.isEmpty()) {
			return List.of(Outcome.rejected("slug", NO_SLUG));
		}
		if (this.queries.sectorSlugExists(slug)) {
			return List
				.of(Outcome.rejected("slug", "Slug: “" + slug + "” is taken by another sector, so choose another."));
		}
		return List.of();
	}

	/**
	 * The same for a theme's slug; {@code themeId} is the theme being renamed, or -1.
	 */
	@Transactional(readOnly = true)
	public List<Outcome.Rejected> themeSlugProblems(String requestedSlug, String name, long themeId) {
		if (requestedSlug == null && (themeId >= 0 || name == null || name.isBlank())) {
			return List.of();
		}
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		if (slug.isEmpty()) {
			return List.of(Outcome.rejected("slug", NO_SLUG));
		}
		if (this.queries.themeSlugExists(slug, themeId)) {
			return List.of(Outcome.rejected("slug", "Slug: there is a theme “" + slug + "” already"
					+ ((themeId >= 0) ? ", so merge into it instead." : ".")));
		}
		return List.of();
	}

	public Outcome createSector(String requestedSlug, String name, String description, Actor actor) {
		List<Outcome.Rejected> problems = sectorSlugProblems(requestedSlug, name);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		long id = this.commands.createSector(new NewSector(slug, name, description));
		EditableSector created = this.commands.lockSector(id).orElseThrow();
		this.audit.record(actor, AuditEvent.of("sector.create", "sector", id, "Created sector " + name, null, created));
		return Outcome.saved(id, "Sector “" + name + "” created at " + SitePaths.sector(slug) + ".");
	}

	public Outcome describeSector(long id, String name, String description, long version, Actor actor) {
		EditableSector current = this.commands.lockSector(id).orElseThrow(() -> new NotFoundException("sector " + id));
		if (current.version() != version) {
			return new Conflicts().field("Name", current.name(), name)
				.field("Description", current.description(), description)
				.conflict(current.version(), this.savedBy.of("sector", id));
		}
		this.commands.describeSector(id, version, name, description);
		this.audit.record(actor, AuditEvent.of("sector.update", "sector", id, "Edited sector " + name, current,
				this.commands.lockSector(id).orElseThrow()));
		return Outcome.saved(id, "Sector “" + name + "” saved.");
	}

	public Outcome createTheme(String requestedSlug, String name, Actor actor) {
		List<Outcome.Rejected> problems = themeSlugProblems(requestedSlug, name, -1);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		long id = this.commands.createTheme(slug, name);
		this.audit.record(actor, AuditEvent.of("theme.create", "theme", id, "Created theme " + slug, null,
				this.commands.lockTheme(id).orElseThrow()));
		return Outcome.saved(id, "Theme “" + slug + "” created.");
	}

	public Outcome renameTheme(long id, String slug, String name, long version, Actor actor) {
		EditableTheme current = this.commands.lockTheme(id).orElseThrow(() -> new NotFoundException("theme " + id));
		if (current.version() != version) {
			return new Conflicts().field("Slug", current.slug(), slug)
				.field("Name", current.name(), name)
				.conflict(current.version(), this.savedBy.of("theme", id));
		}
		if (slug == null) {
			return Outcome.rejected("slug", "Slug: enter the theme’s slug, pages show it.");
		}
		List<Outcome.Rejected> problems = themeSlugProblems(slug, name, id);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		this.commands.renameTheme(id, version, slug, name);
		this.audit.record(actor,
				AuditEvent.of("theme.update", "theme", id,
						"Renamed theme " + current.slug() + (current.slug().equals(slug) ? "" : " to " + slug), current,
						this.commands.lockTheme(id).orElseThrow()));
		return Outcome.saved(id, "Theme “" + slug + "” saved.");
	}

	/**
	 * Folds a theme into another: every product that ranked it ranks the target instead.
	 */
	public Outcome mergeTheme(long sourceId, Long targetId, long version, Actor actor) {
		EditableTheme source = this.commands.lockTheme(sourceId)
			.orElseThrow(() -> new NotFoundException("theme " + sourceId));
		if (source.version() != version) {
			return new Conflicts().conflict(source.version(), this.savedBy.of("theme", sourceId));
		}
		if (targetId == null || targetId == sourceId) {
			return Outcome.rejected("targetId", "Choose another theme to merge into.");
		}
		EditableTheme target = this.commands.lockTheme(targetId).orElse(null);
		if (target == null) {
			return Outcome.rejected("targetId", "That theme no longer exists; choose another.");
		}
		int products = this.commands.mergeThemes(sourceId, targetId);
		this.audit.record(actor,
				AuditEvent.of("theme.merge", "theme", sourceId,
						"Merged theme " + source.slug() + " into " + target.slug() + " (" + products + " products)",
						source, this.commands.lockTheme(targetId).orElseThrow()));
		return Outcome.saved(targetId, "Merged “" + source.slug() + "” into “" + target.slug() + "”: " + products
				+ (products == 1 ? " product" : " products") + " updated.");
	}

	/**
	 * What merging the ticked themes into {@code targetId} would do, for the page that
	 * asks first; the target is left out of the themes merged when it was ticked too.
	 * @throws NotFoundException when a theme no longer exists
	 */
	@Transactional(readOnly = true)
	public BulkMerge bulkMerge(List<Long> sourceIds, long targetId) {
		EditableTheme target = theme(targetId);
		List<EditableTheme> sources = sourceIds.stream()
			.distinct()
			.filter((id) -> id != targetId)
			.map(this::theme)
			.toList();
		return new BulkMerge(sources, target);
	}

	/**
	 * Folds several themes into one in a single transaction: all of them or none. Each
	 * theme must still be at the version the editor saw ({@code versions}, in the order
	 * of {@code sourceIds}); each merge is audited on its own.
	 */
	public Outcome mergeThemes(List<Long> sourceIds, List<Long> versions, Long targetId, Actor actor) {
		if (targetId == null) {
			return Outcome.rejected("targetId", "Choose the theme to merge the ticked themes into.");
		}
		if (sourceIds.size() != versions.size()) {
			return Outcome.rejected("ids", "The merge was sent incompletely; tick the themes and try again.");
		}
		// Locked in one order so two bulk merges over the same themes cannot deadlock.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < sourceIds.size(); i++) {
			if (!sourceIds.get(i).equals(targetId) && !sourceIds.subList(0, i).contains(sourceIds.get(i))) {
				order.add(i);
			}
		}
		if (order.isEmpty()) {
			return Outcome.rejected("ids", "Tick at least one theme other than the one to merge into.");
		}
		order.sort(Comparator.comparing(sourceIds::get));
		List<EditableTheme> sources = new ArrayList<>();
		for (int i : order) {
			EditableTheme source = this.commands.lockTheme(sourceIds.get(i)).orElse(null);
			if (source == null || source.version() != versions.get(i)) {
				return new Conflicts().conflict((source != null) ? source.version() : 0,
						this.savedBy.of("theme", sourceIds.get(i)));
			}
			sources.add(source);
		}
		EditableTheme target = this.commands.lockTheme(targetId).orElse(null);
		if (target == null) {
			return Outcome.rejected("targetId", "That theme no longer exists; choose another.");
		}
		List<String> done = new ArrayList<>();
		for (EditableTheme source : sources) {
			int products = this.commands.mergeThemes(source.id(), targetId);
			this.audit.record(actor,
					AuditEvent.of("theme.merge", "theme", source.id(),
							"Merged theme " + source.slug() + " into " + target.slug() + " (" + products + " products)",
							source, this.commands.lockTheme(targetId).orElseThrow()));
			done.add("“" + source.slug() + "” (" + products + (products == 1 ? " product" : " products") + ")");
		}
		return Outcome.saved(targetId, "Merged " + String.join(", ", done) + " into “" + target.slug() + "”.");
	}

	/**
	 * @param sources the themes to fold in, without the target
	 */
	public record BulkMerge(List<EditableTheme> sources, EditableTheme target) {

		public int products() {
			return this.sources.stream().mapToInt(EditableTheme::products).sum();
		}

	}

}
