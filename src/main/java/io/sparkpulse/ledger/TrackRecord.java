package io.sparkpulse.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.sparkpulse.ledger.LedgerQueries.LedgerEntry;

/**
 * The editors' record, counted from the graded predictions: by grade, by sector and by
 * the quarter each prediction fell due, and the share that came true. Every graded
 * prediction counts, withdrawn ones as withdrawn; partly counts as not coming true.
 *
 * @param graded how many predictions are graded: the sample the share is taken from
 * @param cameTrue how many of them came true
 * @param byGrade one count per grade, in {@link Grade} order
 * @param bySector one row per sector, by name
 * @param byQuarter one row per quarter, newest first
 * @param entries every graded prediction, the most recently graded first
 */
public record TrackRecord(int graded, int cameTrue, List<Integer> byGrade, List<Row> bySector, List<Row> byQuarter,
		List<Entry> entries) {

	/**
	 * @param counts one count per grade, in {@link Grade} order
	 */
	public record Row(String label, List<Integer> counts, int total) {
	}

	public record Entry(PredictionLine line, LedgerQueries.LedgerProduct product) {
	}

	/**
	 * @param graded every graded prediction, the most recently graded first
	 */
	public static TrackRecord of(List<LedgerEntry> graded, LocalDate today) {
		int[] byGrade = new int[Grade.values().length];
		Map<String, int[]> bySector = new TreeMap<>();
		Map<String, int[]> byQuarter = new TreeMap<>(Comparator.reverseOrder());
		List<Entry> entries = new ArrayList<>(graded.size());
		for (LedgerEntry entry : graded) {
			Grade grade = entry.prediction().standing().grade();
			byGrade[grade.ordinal()]++;
			count(bySector, entry.product().sectorName(), grade);
			count(byQuarter, quarter(entry.prediction().dueOn()), grade);
			entries.add(new Entry(ProductLedgerView.line(entry.prediction(), today), entry.product()));
		}
		Function<Map.Entry<String, int[]>, Row> row = (e) -> new Row(e.getKey(),
				Arrays.stream(e.getValue()).boxed().toList(), Arrays.stream(e.getValue()).sum());
		return new TrackRecord(graded.size(), byGrade[Grade.CAME_TRUE.ordinal()],
				Arrays.stream(byGrade).boxed().toList(), bySector.entrySet().stream().map(row).toList(),
				byQuarter.entrySet().stream().map(row).toList(), entries);
	}

	/**
	 * The quarter a day falls in, sortable as text ("2026 Q3").
	 */
	static String quarter(LocalDate day) {
		return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}

	private static void count(Map<String, int[]> counts, String key, Grade grade) {
		counts.computeIfAbsent(key, (k) -> new int[Grade.values().length])[grade.ordinal()]++;
	}

	/**
	 * The share that came true in whole percent ("41%"), or {@code null} before any
	 * grade.
	 */
	public String share() {
		return (this.graded == 0) ? null : Math.round(100.0 * this.cameTrue / this.graded) + "%";
	}

	public List<Grade> grades() {
		return List.of(Grade.values());
	}

}
