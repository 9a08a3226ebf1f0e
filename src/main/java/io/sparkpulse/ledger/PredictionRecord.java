package io.sparkpulse.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One prediction of the ledger with every grade it was given, oldest first.
 *
 * @param revision the trajectory revision that made it, or {@code null} when it is older
 * than the recorded revisions
 */
public record PredictionRecord(long id, long productId, Integer revision, String statement, Instant madeAt,
		LocalDate dueOn, List<GradeRecord> grades) {

	public boolean graded() {
		return !this.grades.isEmpty();
	}

	/**
	 * The grade that stands (the newest), or {@code null} while the prediction is open.
	 */
	public GradeRecord standing() {
		return this.grades.isEmpty() ? null : this.grades.get(this.grades.size() - 1);
	}

	public boolean dueBy(LocalDate day) {
		return !this.dueOn.isAfter(day);
	}

}
