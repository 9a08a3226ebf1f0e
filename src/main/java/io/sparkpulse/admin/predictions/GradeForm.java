package io.sparkpulse.admin.predictions;

import io.sparkpulse.admin.web.VersionedForm;
import io.sparkpulse.ledger.Grade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The grade form. Its version is how many grades the prediction had when the editor
 * opened it, so a second editor grading at the same time is told instead of stacking a
 * silent regrade.
 */
public class GradeForm extends VersionedForm {

	@NotNull(message = "Grade: choose a grade.")
	private Grade grade;

	@NotBlank(message = "Note for readers: write a one-line note for readers.")
	@Size(max = 200, message = "Note for readers: keep this to one line of 200 characters.")
	private String note;

	private Long evidenceActivityId;

	@Size(max = 1000, message = "Evidence address: keep this to 1,000 characters.")
	private String evidenceUrl;

	@Size(max = 300, message = "Reason for the regrade: keep this to 300 characters.")
	private String reason;

	public Grade getGrade() {
		return this.grade;
	}

	public void setGrade(Grade grade) {
		this.grade = grade;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getEvidenceActivityId() {
		return this.evidenceActivityId;
	}

	public void setEvidenceActivityId(Long evidenceActivityId) {
		this.evidenceActivityId = evidenceActivityId;
	}

	public String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	public void setEvidenceUrl(String evidenceUrl) {
		this.evidenceUrl = evidenceUrl;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
