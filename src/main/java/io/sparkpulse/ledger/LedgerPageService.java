package io.sparkpulse.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the track record and the corrections list, as pages and as Atom feeds.
 */
@Service
@Transactional(readOnly = true)
public class LedgerPageService {

	static final int FEED_ENTRIES = 50;

	/** Never changes once published, whatever host serves the site. */
	static final String TAG = "tag:sparkpulse,2026:";

	private final LedgerQueries queries;

	private final RelativeTime time;

	private final PageMetas metas;

	private final DataVersion dataVersion;

	private final SiteProperties site;

	LedgerPageService(LedgerQueries queries, RelativeTime time, PageMetas metas, DataVersion dataVersion,
			SiteProperties site) {
		this.queries = queries;
		this.time = time;
		this.metas = metas;
		this.dataVersion = dataVersion;
		this.site = site;
	}

	public LedgerPages.TrackRecordPage trackRecord() {
		TrackRecord record = TrackRecord.of(this.queries.graded(), this.time.today());
		String description = (record.graded() == 0)
				? "Every prediction Sparkpulse editors make, graded once it falls due."
				: "Sparkpulse editors' predictions, graded: " + record.cameTrue() + " of " + record.graded()
						+ " came true (" + record.share() + "), counted by grade, sector and quarter.";
		PageMeta meta = this.metas.page("Track record of our predictions", description, SitePaths.TRACK_RECORD,
				List.of(PageMetas.home(), new Crumb("Track record", SitePaths.TRACK_RECORD)), null,
				List.of(new Link("Graded predictions", SitePaths.TRACK_RECORD_FEED)));
		return new LedgerPages.TrackRecordPage(meta, record, this.queries.openCounts(this.time.today()));
	}

	public LedgerPages.CorrectionsPage corrections() {
		List<LedgerPages.CorrectionLine> lines = this.queries.corrections()
			.stream()
			.map((entry) -> new LedgerPages.CorrectionLine("correction-" + entry.correction().id(),
					Day.of(entry.correction().correctedAt()), entry.correction().note(),
					ProductLedgerView.shownUnder(entry.correction().blocks())
						.stream()
						.map(EditorialBlock::label)
						.toList(),
					entry.correction().revision(), entry.product()))
			.toList();
		PageMeta meta = this.metas.page("Corrections",
				"Every correction Sparkpulse editors have made to a trajectory, "
						+ "newest first, with what was wrong.",
				SitePaths.CORRECTIONS, List.of(PageMetas.home(), new Crumb("Corrections", SitePaths.CORRECTIONS)), null,
				List.of(new Link("Corrections", SitePaths.CORRECTIONS_FEED)));
		return new LedgerPages.CorrectionsPage(meta, lines);
	}

	public LedgerFeeds.Feed trackRecordFeed() {
		List<LedgerQueries.LedgerEntry> graded = this.queries.graded();
		TrackRecord record = TrackRecord.of(graded, this.time.today());
		List<LedgerFeeds.Entry> entries = graded.stream().limit(FEED_ENTRIES).map((entry) -> {
			PredictionRecord p = entry.prediction();
			GradeRecord grade = p.standing();
			String title = entry.product().name() + ": " + grade.grade().label();
			String summary = "Predicted " + Day.of(p.madeAt()).text() + ": " + p.statement() + " — "
					+ grade.grade().label() + ", " + Day.of(grade.gradedOn()).text() + ". " + grade.note()
					+ ((grade.reason() != null) ? " Regraded because " + grade.reason() : "");
			return new LedgerFeeds.Entry(TAG + "prediction/" + p.id() + "/grade/" + grade.sequence(), title, summary,
					this.site.absolute(SitePaths.TRACK_RECORD + "#prediction-" + p.id()), grade.createdAt());
		}).toList();
		return feed(TAG + "feed/track-record", "Sparkpulse: graded predictions",
				(record.graded() == 0) ? "Predictions as editors grade them."
						: record.cameTrue() + " of " + record.graded() + " graded predictions came true.",
				SitePaths.TRACK_RECORD_FEED, SitePaths.TRACK_RECORD, entries);
	}

	public LedgerFeeds.Feed correctionsFeed() {
		List<LedgerFeeds.Entry> entries = this.queries.corrections().stream().limit(FEED_ENTRIES).map((entry) -> {
			CorrectionRecord c = entry.correction();
			String page = entry.product().retired()
					? this.site.absolute(SitePaths.CORRECTIONS + "#correction-" + c.id())
					: this.site.absolute(SitePaths.product(entry.product().slug()) + "#trajectory");
			return new LedgerFeeds.Entry(TAG + "correction/" + c.id(), entry.product().name() + ": corrected",
					"Corrected on " + Day.of(c.correctedAt()).text() + ": " + c.note(), page, c.correctedAt());
		}).toList();
		return feed(TAG + "feed/corrections", "Sparkpulse: corrections",
				"Every correction to a Sparkpulse trajectory, newest first.", SitePaths.CORRECTIONS_FEED,
				SitePaths.CORRECTIONS, entries);
	}

	private LedgerFeeds.Feed feed(String id, String title, String subtitle, String self, String page,
			List<LedgerFeeds.Entry> entries) {
		Instant updated = entries.stream()
			.map(LedgerFeeds.Entry::updated)
			.max(Comparator.naturalOrder())
			.orElseGet(() -> this.dataVersion.current().changedAt());
		return new LedgerFeeds.Feed(id, title, subtitle, this.site.absolute(self), this.site.absolute(page), updated,
				entries);
	}

}
