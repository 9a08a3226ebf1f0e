package io.sparkpulse.ledger;

import java.util.List;

import io.sparkpulse.seo.PageMeta;

/**
 * The public pages of the ledger.
 */
public final class LedgerPages {

	private LedgerPages() {
	}

	/**
	 * {@code /track-record}.
	 */
	public record TrackRecordPage(PageMeta meta, TrackRecord record, LedgerQueries.OpenCounts open) {
	}

	/**
	 * {@code /corrections}: every correction, newest first.
	 */
	public record CorrectionsPage(PageMeta meta, List<CorrectionLine> corrections) {
	}

	public record CorrectionLine(String anchor, Day on, String note, List<String> blocks, int revision,
			LedgerQueries.LedgerProduct product) {
	}

}
