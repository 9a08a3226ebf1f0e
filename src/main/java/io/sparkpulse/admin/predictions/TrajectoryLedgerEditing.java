package io.sparkpulse.admin.predictions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.editorial.TrajectoryDraft;
import io.sparkpulse.ledger.EditorialBlock;
import io.sparkpulse.ledger.LedgerCommands;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.ledger.LedgerRevision;
import io.sparkpulse.ledger.PredictionRecord;
import io.sparkpulse.ledger.ProductLedger;
import io.sparkpulse.ledger.Source;
import io.sparkpulse.ledger.SourceList;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's side of saving a trajectory: checks the due date, sources and correction
 * note before anything is written, then records them with the new revision in the same
 * transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TrajectoryLedgerEditing {

	private static final int MAX_YEARS_AHEAD = 3;

	private final LedgerQueries queries;

	private final LedgerCommands commands;

	private final AuditLog audit;

	TrajectoryLedgerEditing(LedgerQueries queries, LedgerCommands commands, AuditLog audit) {
		this.queries = queries;
		this.commands = commands;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public TrajectoryLedgerForm form(long productId) {
		return TrajectoryLedgerForm.of(this.queries.forProducts(List.of(productId)).get(productId));
	}

	/**
	 * Why the ledger part of a save cannot be written, if it cannot.
	 */
	public Optional<Outcome> check(long productId, TrajectoryDraft draft, TrajectoryLedgerForm form, LocalDate today) {
		PredictionRecord current = this.queries.forProducts(List.of(productId)).get(productId).current();
		boolean samePrediction = current != null && current.statement().equals(draft.prediction());
		boolean dueChanged = form.getDueOn() != null && !(samePrediction && form.getDueOn().equals(current.dueOn()));
		if (dueChanged && samePrediction && current.graded()) {
			return rejected("dueOn", "This prediction is graded, so its due date never changes again. "
					+ "Write a new prediction to set a new date.");
		}
		if (dueChanged
				&& (form.getDueOn().isBefore(today) || form.getDueOn().isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
			return rejected("dueOn", "Set a due date between today and " + MAX_YEARS_AHEAD + " years from now.");
		}
		for (EditorialBlock block : List.of(EditorialBlock.CURRENT_STATE, EditorialBlock.HEADING)) {
			SourceList.Parsed parsed = SourceList.parse(text(form, block), today);
			if (!parsed.valid()) {
				return rejected(field(block), parsed.problem());
			}
		}
		if (form.isCorrection() && (form.getCorrectionNote() == null || form.getCorrectionNote().isBlank())) {
			return rejected("correctionNote", "A correction needs a one-line public note saying what was wrong.");
		}
		return Optional.empty();
	}

	/**
	 * Records the ledger part of revision {@code revision}, which follows
	 * {@code previous} ({@code null} for the first).
	 */
	public void record(long productId, int revision, Trajectory previous, TrajectoryDraft draft,
			TrajectoryLedgerForm form, Actor actor, Instant at) {
		LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
		ProductLedger before = this.queries.forProducts(List.of(productId)).get(productId);
		Map<EditorialBlock, List<Source>> sources = new EnumMap<>(EditorialBlock.class);
		EnumSet<EditorialBlock> changed = EnumSet.noneOf(EditorialBlock.class);
		for (EditorialBlock block : List.of(EditorialBlock.CURRENT_STATE, EditorialBlock.HEADING)) {
			List<Source> parsed = SourceList.parse(text(form, block), today).sources();
			sources.put(block, parsed);
			if (!parsed.equals(before.sourcesOf(block))) {
				changed.add(block);
			}
		}
		if (previous == null || !previous.headline().equals(draft.headline())) {
			changed.add(EditorialBlock.HEADLINE);
		}
		if (previous == null || !previous.currentState().equals(draft.currentState())) {
			changed.add(EditorialBlock.CURRENT_STATE);
		}
		if (previous == null || !previous.heading().equals(draft.heading())) {
			changed.add(EditorialBlock.HEADING);
		}
		if (previous == null || !previous.prediction().equals(draft.prediction())) {
			changed.add(EditorialBlock.PREDICTION);
		}
		String note = form.isCorrection() ? form.getCorrectionNote().strip() : null;
		LedgerCommands.Recorded recorded = this.commands.recordRevision(productId, revision,
				new LedgerRevision(draft.prediction(), form.getDueOn(), sources, note, changed), actor.name(), at);
		PredictionRecord latest = this.queries.forProducts(List.of(productId)).get(productId).current();
		this.audit.record(actor,
				AuditEvent
					.of(form.isCorrection() ? "trajectory.correct" : "trajectory.ledger", "trajectory", productId,
							summary(revision, note, recorded, before.current(), latest),
							new LedgerState(before.current(), before.sources()),
							new LedgerState(latest,
									this.queries.forProducts(List.of(productId)).get(productId).sources()))
					.aboutProduct(productId));
	}

	private static String summary(int revision, String note, LedgerCommands.Recorded recorded, PredictionRecord before,
			PredictionRecord after) {
		StringBuilder summary = new StringBuilder("Revision ").append(revision)
			.append((note != null) ? " is a correction: " + note : " is an update");
		if (recorded.predictionId() != null) {
			boolean made = before == null || !Objects.equals(before.id(), recorded.predictionId());
			summary.append(made ? "; new prediction due " : "; prediction now due ").append(after.dueOn());
		}
		return summary.toString();
	}

	private static String text(TrajectoryLedgerForm form, EditorialBlock block) {
		return (block == EditorialBlock.CURRENT_STATE) ? form.getCurrentStateSources() : form.getHeadingSources();
	}

	private static String field(EditorialBlock block) {
		return (block == EditorialBlock.CURRENT_STATE) ? "currentStateSources" : "headingSources";
	}

	private static Optional<Outcome> rejected(String field, String message) {
		return Optional.of(new Outcome.Rejected("ledger." + field, message));
	}

	record LedgerState(PredictionRecord prediction, Object sources) {
	}

}
