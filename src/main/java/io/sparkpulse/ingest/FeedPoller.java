package io.sparkpulse.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import io.sparkpulse.activity.SourcedActivity;
import io.sparkpulse.activity.SourcedActivityChanges;
import io.sparkpulse.ingest.feed.FeedParseException;
import io.sparkpulse.ingest.feed.FeedParser;
import io.sparkpulse.ingest.feed.PlainText;
import io.sparkpulse.ingest.fetch.FeedFetcher;
import io.sparkpulse.ingest.fetch.FetchException;
import io.sparkpulse.ingest.fetch.FetchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Polls due feed sources: claim one, fetch it (outside any transaction, holding no
 * connection), parse it, store the outcome, and on to the next. Whatever happens to one
 * source (a hostile server, a broken feed, even an unexpected error) is recorded on that
 * source and the others are polled as usual. A failure is logged when a source starts
 * failing or fails differently, not on every retry.
 */
@Component
class FeedPoller {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private static final int MAX_ERROR_LENGTH = 500;

	private final SourceClaims claims;

	private final FeedFetcher fetcher;

	private final FeedParser parser;

	private final FetchOutcomes outcomes;

	private final IngestProperties properties;

	FeedPoller(SourceClaims claims, FeedFetcher fetcher, FeedParser parser, FetchOutcomes outcomes,
			IngestProperties properties) {
		this.claims = claims;
		this.fetcher = fetcher;
		this.parser = parser;
		this.outcomes = outcomes;
		this.properties = properties;
	}

	/**
	 * Fetches due sources one after another until none is left or
	 * {@code sources-per-tick} were fetched; returns how many were.
	 */
	int pollDue() {
		int polled = 0;
		while (polled < this.properties.sourcesPerTick()) {
			Optional<ClaimedSource> next = this.claims.claimNext();
			if (next.isEmpty()) {
				break;
			}
			poll(next.get());
			polled++;
		}
		return polled;
	}

	private void poll(ClaimedSource source) {
		URI url;
		try {
			url = new URI(source.url());
		}
		catch (URISyntaxException ex) {
			failed(source, "Not a valid address", "Not a valid address", null);
			return;
		}
		try {
			FetchResult result = this.fetcher.fetch(url, source.validators());
			if (result.notModified()) {
				this.outcomes.notModified(source, result.validators());
			}
			else {
				List<SourcedActivity> entries = EntryMapper.map(this.parser.parse(result.body()), source.kind(), url,
						this.properties.maxEntries());
				SourcedActivityChanges changes = this.outcomes.succeeded(source, result.validators(), entries);
				if (changes.any()) {
					log.info("Feed source {} ({}): {} new and {} updated items", source.id(), source.url(),
							changes.added(), changes.updated());
				}
			}
			if (source.consecutiveFailures() > 0) {
				log.info("Feed source {} ({}) recovered after {} failed fetches", source.id(), source.url(),
						source.consecutiveFailures());
			}
		}
		catch (FetchException ex) {
			failed(source, ex.getMessage(), ex.detail(), null);
		}
		catch (FeedParseException ex) {
			failed(source, ex.getMessage(), ex.getMessage(), null);
		}
		catch (LeaseLostException ex) {
			leaseLost(source);
		}
		catch (RuntimeException ex) {
			String error = "Internal error while storing the feed's entries";
			failed(source, error, error, ex);
		}
	}

	/**
	 * Records the failure with the message editors see, and logs it with the detail only
	 * operators see (such as the address a refused host resolved to).
	 */
	private void failed(ClaimedSource source, String error, String detail, RuntimeException unexpected) {
		String message = PlainText.truncate(PlainText.fromText(error), MAX_ERROR_LENGTH);
		try {
			this.outcomes.failed(source, message);
		}
		catch (LeaseLostException ex) {
			leaseLost(source);
			return;
		}
		boolean news = source.consecutiveFailures() == 0 || !message.equals(source.lastError());
		if (unexpected != null && news) {
			log.error("Feed source {} ({}) failed unexpectedly; retrying with back-off", source.id(), source.url(),
					unexpected);
		}
		else if (news) {
			log.warn("Feed source {} ({}) failed: {}; retrying with back-off", source.id(), source.url(), detail);
		}
		else {
			log.debug("Feed source {} ({}) failed again ({} in a row): {}", source.id(), source.url(),
					source.consecutiveFailures() + 1, detail);
		}
	}

	private void leaseLost(ClaimedSource source) {
		log.info("Feed source {} ({}) changed or was taken over during a fetch; its results were dropped", source.id(),
				source.url());
	}

}
