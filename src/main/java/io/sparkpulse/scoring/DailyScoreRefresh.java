package io.sparkpulse.scoring;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Points decay with age, so scores are refreshed when a new day starts (and at start-up
 * if the stored ones are from an earlier day), not when a page is read.
 */
@Component
class DailyScoreRefresh {

	private final ScoreRecomputer recomputer;

	private final CadenceRecomputer cadence;

	DailyScoreRefresh(ScoreRecomputer recomputer, CadenceRecomputer cadence) {
		this.recomputer = recomputer;
		this.cadence = cadence;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		refreshIfStale();
	}

	@Scheduled(cron = "${sparkpulse.scoring.refresh-cron:0 1 0 * * *}", zone = "UTC")
	void refreshIfStale() {
		if (this.recomputer.isStale()) {
			this.recomputer.recomputeAll();
			this.cadence.recomputeAll();
		}
	}

}
