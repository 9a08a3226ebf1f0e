package io.sparkpulse.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One grade of a prediction: the first, or a later regrade with its reason.
 *
 * @param evidenceActivityId the activity item given as evidence, or {@code null}
 * @param evidenceTitle that item's title when it was graded
 * @param evidenceOn that item's date
 * @param evidenceUrl the item's source, or the URL given as evidence, or {@code null}
 * @param reason why it was regraded ({@code null} for the first grade)
 */
public record GradeRecord(long id, int sequence, Grade grade, String note, Long evidenceActivityId,
		String evidenceTitle, LocalDate evidenceOn, String evidenceUrl, LocalDate gradedOn, String reason,
		String author, Instant createdAt) {

	public boolean regrade() {
		return this.sequence > 1;
	}

}
