package io.sparkpulse.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A product's ledger as its pages show it.
 *
 * @param current the prediction of the current trajectory, or {@code null} when the
 * ledger has none
 * @param past every earlier prediction, newest first
 * @param lastGraded the most recently graded prediction (the current one if it is
 * graded), or {@code null}
 */
public record ProductLedgerView(PredictionLine current, List<PredictionLine> past, PredictionLine lastGraded,
		Map<EditorialBlock, List<SourceNote>> sources, Map<EditorialBlock, List<CorrectionNote>> corrections) {

	/**
	 * A numbered note of a source; numbers run through the blocks of the page in order.
	 */
	public record SourceNote(int number, String url, String title, Day retrieved) {
	}

	public record CorrectionNote(Day on, String note) {
	}

	public List<SourceNote> sourcesOf(String block) {
		return this.sources.getOrDefault(EditorialBlock.valueOf(block), List.of());
	}

	public List<CorrectionNote> correctionsOf(String block) {
		return this.corrections.getOrDefault(EditorialBlock.valueOf(block), List.of());
	}

	public static ProductLedgerView of(ProductLedger ledger, LocalDate today) {
		List<PredictionLine> lines = ledger.predictions().stream().map((p) -> line(p, today)).toList();
		PredictionLine current = lines.isEmpty() ? null : lines.get(0);
		List<PredictionLine> past = lines.isEmpty() ? List.of() : lines.subList(1, lines.size());
		PredictionLine lastGraded = ledger.predictions()
			.stream()
			.filter(PredictionRecord::graded)
			.max(java.util.Comparator.comparing((PredictionRecord p) -> p.standing().gradedOn())
				.thenComparing((PredictionRecord p) -> p.standing().id()))
			.map((p) -> line(p, today))
			.orElse(null);
		Map<EditorialBlock, List<SourceNote>> sources = new EnumMap<>(EditorialBlock.class);
		int number = 0;
		for (EditorialBlock block : EditorialBlock.values()) {
			List<SourceNote> notes = new ArrayList<>();
			for (Source source : ledger.sourcesOf(block)) {
				notes.add(new SourceNote(++number, source.url(), source.title(), Day.of(source.retrievedOn())));
			}
			if (!notes.isEmpty()) {
				sources.put(block, notes);
			}
		}
		Map<EditorialBlock, List<CorrectionNote>> corrections = new EnumMap<>(EditorialBlock.class);
		for (CorrectionRecord correction : ledger.corrections()) {
			for (EditorialBlock block : shownUnder(correction.blocks())) {
				corrections.computeIfAbsent(block, (b) -> new ArrayList<>())
					.add(new CorrectionNote(Day.of(correction.correctedAt()), correction.note()));
			}
		}
		return new ProductLedgerView(current, past, lastGraded, sources, corrections);
	}

	/**
	 * The blocks whose notes show a correction: the headline has no notes of its own, so
	 * its corrections show under the current state, as do corrections that changed no
	 * text.
	 */
	static List<EditorialBlock> shownUnder(List<EditorialBlock> changed) {
		List<EditorialBlock> blocks = new ArrayList<>();
		for (EditorialBlock block : changed) {
			EditorialBlock shown = (block == EditorialBlock.HEADLINE) ? EditorialBlock.CURRENT_STATE : block;
			if (!blocks.contains(shown)) {
				blocks.add(shown);
			}
		}
		if (blocks.isEmpty()) {
			blocks.add(EditorialBlock.CURRENT_STATE);
		}
		return blocks;
	}

	public static PredictionLine line(PredictionRecord prediction, LocalDate today) {
		List<PredictionLine.GradeLine> grades = prediction.grades().stream().map(PredictionLine.GradeLine::of).toList();
		PredictionLine.GradeLine standing = grades.isEmpty() ? null : grades.get(grades.size() - 1);
		List<PredictionLine.GradeLine> earlier = grades.isEmpty() ? List.of() : grades.subList(0, grades.size() - 1);
		return new PredictionLine(prediction.id(), "prediction-" + prediction.id(), Day.of(prediction.madeAt()),
				prediction.statement(), Day.of(prediction.dueOn()), standing, earlier,
				standing == null && prediction.dueOn().isBefore(today));
	}

}
