package io.sparkpulse.ledger;

import java.util.List;

/**
 * What the ledger holds for one product.
 *
 * @param predictions every prediction, newest first (the first is the current one)
 * @param sources the sources of the current trajectory revision, block by block in order
 * @param corrections every correction, newest first
 */
public record ProductLedger(List<PredictionRecord> predictions, List<SourceRecord> sources,
		List<CorrectionRecord> corrections) {

	public static final ProductLedger EMPTY = new ProductLedger(List.of(), List.of(), List.of());

	public List<Source> sourcesOf(EditorialBlock block) {
		return this.sources.stream().filter((s) -> s.block() == block).map(SourceRecord::source).toList();
	}

	public PredictionRecord current() {
		return this.predictions.isEmpty() ? null : this.predictions.get(0);
	}

}
