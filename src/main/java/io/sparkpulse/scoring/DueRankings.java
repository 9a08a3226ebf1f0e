package io.sparkpulse.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ranks the large sectors whose scores changed, all at once, every
 * {@link RankingProperties#interval()} on each instance (the first to get to a sector
 * ranks it).
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
	@Scheduled(fixedDelayString = "${sparkpulse.scoring.ranking.interval:PT5M}",
			initialDelayString = "${sparkpulse.scoring.ranking.interval:PT5M}")
	public int rankDueSectors() {
		long started = System.nanoTime();
		int ranked = this.scores.rankDue();
		if (ranked > 0) {
			log.debug("Ranked {} due sectors in {} ms", ranked, (System.nanoTime() - started) / 1_000_000);
		}
		return ranked;
	}

}
