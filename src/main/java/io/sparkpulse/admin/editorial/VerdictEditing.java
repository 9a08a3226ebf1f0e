package io.sparkpulse.admin.editorial;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.web.Conflicts;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableProduct;
import io.sparkpulse.editorial.Verdict;
import io.sparkpulse.editorial.VerdictCommands;
import io.sparkpulse.editorial.VerdictQueries;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves editors' verdicts on pairs of products as new revisions, with the same safety as
 * trajectories: a save is refused when a newer revision than the editor's exists (both
 * products' rows are locked, in id order, while checking), and each save is audited.
 */
@Service
@Transactional
public class VerdictEditing {

	static final int LISTED = 100;

	private static final String ENTITY = "verdict";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final CatalogCommands catalog;

	private final CatalogQueries catalogQueries;

	private final VerdictCommands commands;

	private final VerdictQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	VerdictEditing(CatalogCommands catalog, CatalogQueries catalogQueries, VerdictCommands commands,
			VerdictQueries queries, AuditLog audit, Clock clock) {
		this.catalog = catalog;
		this.catalogQueries = catalogQueries;
		this.commands = commands;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The latest verdicts, each with the names of its pair.
	 */
	@Transactional(readOnly = true)
	public List<Listed> latest() {
		List<Verdict> verdicts = this.queries.latest(LISTED);
		Map<Long, String> names = names(
				verdicts.stream().flatMap((v) -> Stream.of(v.firstId(), v.secondId())).distinct().toList());
		return verdicts.stream().map((v) -> {
			List<String> pair = Stream.of(names.get(v.firstId()), names.get(v.secondId())).sorted().toList();
			return new Listed(v, pair.get(0), pair.get(1));
		}).toList();
	}

	/**
	 * The pair named by two product slugs, if both exist and differ.
	 */
	@Transactional(readOnly = true)
	public Optional<String> pairPath(String first, String second) {
		Optional<Long> a = this.catalogQueries.productIdOf(clean(first));
		Optional<Long> b = this.catalogQueries.productIdOf(clean(second));
		if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
			return Optional.empty();
		}
		return Optional.of("/admin/verdicts/" + Math.min(a.get(), b.get()) + "/" + Math.max(a.get(), b.get()));
	}

	@Transactional(readOnly = true)
	public History history(long firstId, long secondId) {
		EditableProduct first = product(firstId);
		EditableProduct second = product(secondId);
		if (firstId >= secondId) {
			throw new NotFoundException("verdict " + firstId + "/" + secondId);
		}
		return new History(first, second, this.queries.history(firstId, secondId));
	}

	public Outcome revise(long firstId, long secondId, String body, long baseRevision, Actor actor) {
		if (firstId >= secondId) {
			throw new NotFoundException("verdict " + firstId + "/" + secondId);
		}
		EditableProduct first = this.catalog.lockProduct(firstId)
			.orElseThrow(() -> new NotFoundException("product " + firstId));
		EditableProduct second = this.catalog.lockProduct(secondId)
			.orElseThrow(() -> new NotFoundException("product " + secondId));
		Verdict current = this.queries.current(firstId, secondId).orElse(null);
		int currentRevision = (current != null) ? current.revision() : 0;
		if (currentRevision != baseRevision) {
			if (current == null) {
				return new Conflicts().conflict(0, "nobody: this pair has no verdict yet");
			}
			return new Conflicts().field("Verdict", current.body(), body)
				.conflict(currentRevision, current.author() + ", " + WHEN.format(current.updatedAt()) + " (revision "
						+ currentRevision + ")");
		}
		String pair = (first.slug().compareTo(second.slug()) <= 0) ? first.name() + " vs " + second.name()
				: second.name() + " vs " + first.name();
		int revision = this.commands.revise(firstId, secondId, body.strip(), actor.name(), this.clock.instant());
		Verdict saved = this.queries.current(firstId, secondId).orElseThrow();
		this.audit.record(actor,
				AuditEvent
					.of("verdict.revise", ENTITY, firstId,
							"Wrote revision " + revision + " of the " + pair + " verdict", current, saved)
					.aboutProduct(firstId));
		return Outcome.saved(firstId,
				"Revision " + revision + " of the " + pair + " verdict saved; it leads their compare page now.");
	}

	private EditableProduct product(long id) {
		return this.catalogQueries.editableProduct(id).orElseThrow(() -> new NotFoundException("product " + id));
	}

	private Map<Long, String> names(List<Long> ids) {
		return ids.stream()
			.map(this.catalogQueries::editableProduct)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(EditableProduct::id, EditableProduct::name));
	}

	private static String clean(String slug) {
		return (slug != null) ? slug.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * A verdict in the list, with its pair's names in alphabetical order.
	 */
	public record Listed(Verdict verdict, String firstName, String secondName) {
	}

	/**
	 * @param revisions every revision, newest first (empty when none was written)
	 */
	public record History(EditableProduct first, EditableProduct second, List<Verdict> revisions) {

		public Verdict current() {
			return this.revisions.isEmpty() ? null : this.revisions.get(0);
		}

		/** The pair's public compare page. */
		public String comparePath() {
			return SitePaths.compare(this.first.slug(), this.second.slug());
		}

	}

}
