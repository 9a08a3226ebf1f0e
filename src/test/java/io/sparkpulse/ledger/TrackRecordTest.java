package io.sparkpulse.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.ledger.LedgerQueries.LedgerEntry;
import io.sparkpulse.ledger.LedgerQueries.LedgerProduct;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackRecordTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private long ids;

	@Test
	void countsEveryGradeBySectorAndQuarterAndTakesTheShareFromAllGraded() {
		TrackRecord record = TrackRecord.of(List.of(entry("Comms", LocalDate.of(2026, 5, 1), Grade.CAME_TRUE),
				entry("Comms", LocalDate.of(2026, 4, 1), Grade.WITHDRAWN),
				entry("Databases", LocalDate.of(2026, 3, 31), Grade.PARTLY),
				entry("Databases", LocalDate.of(2025, 12, 1), Grade.DID_NOT)), TODAY);

		assertThat(record.graded()).isEqualTo(4);
		assertThat(record.cameTrue()).isEqualTo(1);
		assertThat(record.share()).isEqualTo("25%");
		assertThat(record.byGrade()).containsExactly(1, 1, 1, 1);
		assertThat(record.bySector()).extracting(TrackRecord.Row::label).containsExactly("Comms", "Databases");
		assertThat(record.bySector().get(0).counts()).containsExactly(1, 0, 0, 1);
		assertThat(record.byQuarter()).extracting(TrackRecord.Row::label)
			.containsExactly("2026 Q2", "2026 Q1", "2025 Q4");
		assertThat(record.byQuarter()).extracting(TrackRecord.Row::total).containsExactly(2, 1, 1);
		assertThat(record.entries()).hasSize(4);
	}

	@Test
	void aRegradeCountsOnceUnderItsStandingGrade() {
		PredictionRecord regraded = new PredictionRecord(1, 1, 1, "It will ship.",
				Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 4, 1),
				List.of(grade(1, Grade.DID_NOT), grade(2, Grade.PARTLY)));
		TrackRecord record = TrackRecord.of(List.of(new LedgerEntry(regraded, product("Comms"))), TODAY);
		assertThat(record.byGrade()).containsExactly(0, 1, 0, 0);
		assertThat(record.entries().get(0).line().earlierGrades()).hasSize(1);
	}

	@Test
	void noGradeYetMeansNoShare() {
		assertThat(TrackRecord.of(List.of(), TODAY).share()).isNull();
	}

	private LedgerEntry entry(String sector, LocalDate due, Grade grade) {
		long id = ++this.ids;
		return new LedgerEntry(new PredictionRecord(id, id, 1, "Prediction " + id,
				Instant.parse("2025-10-01T00:00:00Z"), due, List.of(grade(1, grade))), product(sector));
	}

	private static GradeRecord grade(int sequence, Grade grade) {
		return new GradeRecord(sequence, sequence, grade, "Note", null, null, null, "https://example.org/e",
				LocalDate.of(2026, 5, sequence), (sequence > 1) ? "Reason" : null, "Ed",
				Instant.parse("2026-05-01T00:00:00Z"));
	}

	private static LedgerProduct product(String sector) {
		return new LedgerProduct(1, "Product", "product", false, sector, sector.toLowerCase());
	}

}
