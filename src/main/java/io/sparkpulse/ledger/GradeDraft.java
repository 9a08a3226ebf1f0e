package io.sparkpulse.ledger;

import java.time.LocalDate;

/**
 * A grade as an editor gives it.
 *
 * @param evidenceActivityId an activity item of the product as evidence, or {@code null}
 * @param evidenceUrl a URL as evidence, or {@code null}
 * @param reason why an already graded prediction is graded again ({@code null} for a
 * first grade)
 */
public record GradeDraft(Grade grade, String note, Long evidenceActivityId, String evidenceUrl, String reason,
		LocalDate gradedOn) {
}
