package io.sparkpulse.ingest;

import java.time.Duration;
import java.util.List;

import io.sparkpulse.ingest.fetch.FetchPolicy;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Feed ingestion: when sources are polled, how every fetch is bounded, and which
 * addresses a fetch may reach. Defaults and a line on each key are in
 * {@code config/ingest.properties}.
 *
 * @param pollingEnabled master switch: when false this instance polls nothing (sources
 * can still be managed; tests keep it off and poll explicitly)
 * @param pollInterval time between two fetches of a healthy source
 * @param tick how often an instance looks for due sources (ISO-8601, e.g. {@code PT1M})
 * @param sourcesPerTick most sources an instance fetches in one tick, one after the other
 * @param lease how long a claimed source stays reserved for the instance fetching it; if
 * that instance dies mid-fetch, another takes the source over after this; at least twice
 * {@code fetchTimeout}
 * @param maxBackoff longest wait before retrying a failing source (the wait starts at
 * twice the poll interval and doubles with every consecutive failure)
 * @param connectTimeout longest wait for a connection to a feed host
 * @param readTimeout longest silence from a feed host while waiting for or reading its
 * answer
 * @param fetchTimeout longest a whole fetch may take, redirects and body included
 * @param maxBodySize largest feed read; bigger ones are refused while streaming
 * @param maxRedirects redirects followed per fetch
 * @param maxEntries entries read per fetch, from the top of the feed (feeds list the
 * newest first)
 * @param allowPrivateAddresses let fetches reach loopback, private, link-local and other
 * non-public addresses; only for deployments that follow feeds on their own network
 * @param allowedNetworks non-public networks (CIDR, comma-separated) fetches may reach
 * anyway, e.g. {@code 127.0.0.0/8} for a local test server; empty by default
 * @param userAgent the User-Agent header feed hosts see
 */
@Validated
@ConfigurationProperties("sparkpulse.ingest")
public record IngestProperties(boolean pollingEnabled, @NotNull Duration pollInterval, @NotNull Duration tick,
		@Min(1) int sourcesPerTick, @NotNull Duration lease, @NotNull Duration maxBackoff,
		@NotNull Duration connectTimeout, @NotNull Duration readTimeout, @NotNull Duration fetchTimeout,
		@NotNull DataSize maxBodySize, @Min(0) @Max(10) int maxRedirects, @Min(1) int maxEntries,
		boolean allowPrivateAddresses, @DefaultValue List<String> allowedNetworks, @NotBlank String userAgent) {

	@AssertTrue(message = "every duration must be positive")
	boolean isEveryDurationPositive() {
		return List
			.of(this.pollInterval, this.tick, this.lease, this.maxBackoff, this.connectTimeout, this.readTimeout,
					this.fetchTimeout)
			.stream()
			.allMatch((d) -> d == null || (!d.isNegative() && !d.isZero()));
	}

	@AssertTrue(message = "lease must be at least twice fetch-timeout, so a claimed source is never fetched twice")
	boolean isLeaseLongEnough() {
		return this.lease == null || this.fetchTimeout == null
				|| this.lease.compareTo(this.fetchTimeout.multipliedBy(2)) >= 0;
	}

	@AssertTrue(message = "max-body-size must be positive")
	boolean isMaxBodySizePositive() {
		return this.maxBodySize == null || this.maxBodySize.toBytes() > 0;
	}

	FetchPolicy fetchPolicy() {
		return new FetchPolicy(this.connectTimeout, this.readTimeout, this.fetchTimeout, this.maxBodySize.toBytes(),
				this.maxRedirects, this.userAgent);
	}

}
