package io.sparkpulse.admin.predictions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.admin.Actor;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.AuditEvent;
import io.sparkpulse.admin.audit.AuditLog;
import io.sparkpulse.admin.web.Conflicts;
import io.sparkpulse.ledger.Grade;
import io.sparkpulse.ledger.GradeDraft;
import io.sparkpulse.ledger.LedgerCommands;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.ledger.LedgerQueries.LedgerEntry;
import io.sparkpulse.ledger.PredictionLine;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading predictions: the queue of due ones, one prediction with its grades, and a grade
 * or regrade. A graded prediction is never changed: grading it again adds a dated regrade
 * that must give its reason.
 */
@Service
@Transactional
public class PredictionEditing {

	static final int UPCOMING = 20;

	static final int EVIDENCE_CHOICES = 60;

	private static final Pattern HTTP = Pattern.compile("^https?://\\S+$");

	private final LedgerQueries queries;

	private final LedgerCommands commands;

	private final ActivityQueries activity;

	private final AuditLog audit;

	private final Clock clock;

	PredictionEditing(LedgerQueries queries, LedgerCommands commands, ActivityQueries activity, AuditLog audit,
			Clock clock) {
		this.queries = queries;
		this.commands = commands;
		this.activity = activity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public int dueCount() {
		return this.queries.dueCount(today());
	}

	@Transactional(readOnly = true)
	public Queue queue() {
		LocalDate today = today();
		return new Queue(rows(this.queries.dueBy(today), today), rows(this.queries.openAfter(today, UPCOMING), today));
	}

	@Transactional(readOnly = true)
	public Detail detail(long id) {
		LedgerEntry entry = this.queries.prediction(id).orElseThrow(() -> new NotFoundException("prediction " + id));
		List<ActivityEntry> evidence = this.activity.recentOf(List.of(entry.product().id()), EVIDENCE_CHOICES);
		return new Detail(new Row(entry, ProductLedgerView.line(entry.prediction(), today())), evidence,
				entry.prediction().grades().size());
	}

	public Outcome grade(long id, GradeForm form, Actor actor) {
		LedgerEntry entry = this.queries.prediction(id).orElseThrow(() -> new NotFoundException("prediction " + id));
		int grades = entry.prediction().grades().size();
		if (grades != form.getVersion()) {
			return new Conflicts().conflict(grades,
					entry.prediction().standing().author() + ", " + entry.prediction().standing().gradedOn() + " ("
							+ entry.prediction().standing().grade().label() + ")");
		}
		boolean regrade = grades > 0;
		String reason = blankToNull(form.getReason());
		if (regrade && reason == null) {
			return new Outcome.Rejected("reason",
					"This prediction is graded and its grade is never edited. To grade it again, give the reason "
							+ "for the regrade; the first grade stays on the record.");
		}
		String url = blankToNull(form.getEvidenceUrl());
		if (url != null && !HTTP.matcher(url).matches()) {
			return new Outcome.Rejected("evidenceUrl", "Enter an address starting with http:// or https://.");
		}
		if (url != null && form.getEvidenceActivityId() != null) {
			return new Outcome.Rejected("evidenceUrl", "Give one piece of evidence: an activity item or an address.");
		}
		if (form.getGrade() != Grade.WITHDRAWN && url == null && form.getEvidenceActivityId() == null) {
			return new Outcome.Rejected("evidenceActivityId",
					"Give the evidence: an activity item of " + entry.product().name() + " or an address.");
		}
		if (form.getEvidenceActivityId() != null && this.activity.editable(form.getEvidenceActivityId())
			.filter((item) -> item.productId() == entry.product().id())
			.isEmpty()) {
			return new Outcome.Rejected("evidenceActivityId",
					"Choose an activity item of " + entry.product().name() + ".");
		}
		this.commands.grade(id, new GradeDraft(form.getGrade(), form.getNote().strip(), form.getEvidenceActivityId(),
				url, regrade ? reason : null, today()), actor.name(), this.clock.instant());
		LedgerEntry after = this.queries.prediction(id).orElseThrow();
		this.audit.record(actor, AuditEvent
			.of(regrade ? "prediction.regrade" : "prediction.grade", "prediction", id,
					(regrade ? "Regraded" : "Graded") + " a prediction of " + entry.product().name() + ": "
							+ form.getGrade().label(),
					entry.prediction().standing(), after.prediction().standing())
			.aboutProduct(entry.product().id()));
		return new Outcome.Saved(id, "Graded “" + form.getGrade().label() + "”: the grade is on "
				+ entry.product().name() + "’s page and the track record now.");
	}

	private List<Row> rows(List<LedgerEntry> entries, LocalDate today) {
		return entries.stream().map((e) -> new Row(e, ProductLedgerView.line(e.prediction(), today))).toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record Queue(List<Row> due, List<Row> upcoming) {
	}

	public record Row(LedgerEntry entry, PredictionLine line) {
	}

	/**
	 * @param grades how many grades it has (the form's version)
	 */
	public record Detail(Row prediction, List<ActivityEntry> evidence, int grades) {
	}

}
