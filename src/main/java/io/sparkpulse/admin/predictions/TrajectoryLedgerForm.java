package io.sparkpulse.admin.predictions;

import java.time.LocalDate;

import io.sparkpulse.ledger.EditorialBlock;
import io.sparkpulse.ledger.ProductLedger;
import io.sparkpulse.ledger.PredictionRecord;
import io.sparkpulse.ledger.SourceList;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ledger's part of the trajectory form: when the prediction falls due, the sources of
 * the two blocks that carry them, and whether the save is an update or a correction.
 */
public class TrajectoryLedgerForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@Size(max = 8000, message = "Sources of the current state: keep this to 8,000 characters.")
	private String currentStateSources;

	@Size(max = 8000, message = "Sources of where it’s heading: keep this to 8,000 characters.")
	private String headingSources;

	private boolean correction;

	@Size(max = 200, message = "Correction note: keep this to one line of 200 characters.")
	private String correctionNote;

	/**
	 * A form that starts from what the ledger holds now.
	 */
	public static TrajectoryLedgerForm of(ProductLedger ledger) {
		TrajectoryLedgerForm form = new TrajectoryLedgerForm();
		PredictionRecord current = ledger.current();
		if (current != null && !current.graded()) {
			form.dueOn = current.dueOn();
		}
		form.currentStateSources = SourceList.format(ledger.sourcesOf(EditorialBlock.CURRENT_STATE));
		form.headingSources = SourceList.format(ledger.sourcesOf(EditorialBlock.HEADING));
		return form;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getCurrentStateSources() {
		return this.currentStateSources;
	}

	public void setCurrentStateSources(String currentStateSources) {
		this.currentStateSources = currentStateSources;
	}

	public String getHeadingSources() {
		return this.headingSources;
	}

	public void setHeadingSources(String headingSources) {
		this.headingSources = headingSources;
	}

	public boolean isCorrection() {
		return this.correction;
	}

	public void setCorrection(boolean correction) {
		this.correction = correction;
	}

	public String getCorrectionNote() {
		return this.correctionNote;
	}

	public void setCorrectionNote(String correctionNote) {
		this.correctionNote = correctionNote;
	}

}
