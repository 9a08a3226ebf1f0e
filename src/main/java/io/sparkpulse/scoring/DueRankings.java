package io.sparkpulse.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ranks the large sectors whose scores changed, once per
 * {@link RankingProperties#interval()} on each instance; each sector in its own
 * transaction, so one slow sector holds no other.
 */
@Component
public class DueRankings {

	private static final Logger log = LoggerFactory.getLogger(DueRankings.class);

	private final ScoreRecomputer scores;

	DueRankings(ScoreRecomputer scores) {
		this.scores = scores;
	}

	/**
	 * Returns how many sectors this call ranked.
	 */
	@Scheduled(fixedDelayString = "${sparkpulse.scoring.ranking.interval:PT30S}",
			initialDelayString = "${sparkpulse.scoring.ranking.interval:PT30S}")
	public int rankDueSectors() {
		int ranked = 0;
		for (long sector : this.scores.dueSectors()) {
			long started = System.nanoTime();
			if (this.scores.rankIfDue(sector)) {
				ranked++;
				log.debug("Ranked sector {} in {} ms", sector, (System.nanoTime() - started) / 1_000_000);
			}
		}
		return ranked;
	}

}
