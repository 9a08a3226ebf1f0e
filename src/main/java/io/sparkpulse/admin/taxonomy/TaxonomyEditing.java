package io.sparkpulse.admin.taxonomy;

import java.util.List;

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

	@Transactional(readOnly = true)
	public EditableTheme theme(long id) {
		return this.queries.editableTheme(id).orElseThrow(() -> new NotFoundException("theme " + id));
	}

	public Outcome createSector(String requestedSlug, String name, String description, Actor actor) {
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		if (slug.isEmpty()) {
			return Outcome.rejected("slug", "The name has no letters or digits to make a slug from: enter one.");
		}
		if (this.queries.sectorSlugExists(slug)) {
			return Outcome.rejected("slug", "“" + slug + "” is taken by another sector: choose another.");
		}
		long id = this.commands.createSector(new NewSector(slug, name, description));
		EditableSector created = this.commands.lockSector(id).orElseThrow();
		this.audit.record(actor, AuditEvent.of("sector.create", "sector", id, "Created sector " + name, null, created));
		return Outcome.saved(id, "Sector “" + name + "” created at /sectors/" + slug + ".");
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
		String slug = (requestedSlug != null) ? requestedSlug : SlugSuggestion.from(name);
		if (slug.isEmpty()) {
			return Outcome.rejected("slug", "The name has no letters or digits to make a slug from: enter one.");
		}
		if (this.queries.themeSlugExists(slug, -1)) {
			return Outcome.rejected("slug", "There is a theme “" + slug + "” already.");
		}
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
			return Outcome.rejected("slug", "Enter the theme’s slug: pages show it.");
		}
		if (this.queries.themeSlugExists(slug, id)) {
			return Outcome.rejected("slug", "There is a theme “" + slug + "” already: merge into it instead.");
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

}
