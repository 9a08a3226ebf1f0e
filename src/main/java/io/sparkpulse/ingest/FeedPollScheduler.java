package io.sparkpulse.ingest;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls due feed sources every tick, on every instance; {@link SourceClaims} makes sure
 * instances share the work instead of repeating it.
 * {@code sparkpulse.ingest.polling-enabled=false} stops it.
 */
@Component
class FeedPollScheduler {

	private final FeedPoller poller;

	private final IngestProperties properties;

	FeedPollScheduler(FeedPoller poller, IngestProperties properties) {
		this.poller = poller;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${sparkpulse.ingest.tick}", initialDelayString = "${sparkpulse.ingest.tick}")
	void tick() {
		if (this.properties.pollingEnabled()) {
			this.poller.pollDue();
		}
	}

}
