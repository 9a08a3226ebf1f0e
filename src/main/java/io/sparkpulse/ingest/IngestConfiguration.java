package io.sparkpulse.ingest;

import io.sparkpulse.ingest.feed.FeedParser;
import io.sparkpulse.ingest.fetch.AddressGuard;
import io.sparkpulse.ingest.fetch.FeedFetcher;
import io.sparkpulse.ingest.fetch.HostResolver;
import io.sparkpulse.ingest.fetch.SocketOpener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The network side of ingestion. The resolver and the sockets are beans of their own so
 * that tests can map made-up host names and refuse any connection beyond loopback.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	HostResolver feedHostResolver() {
		return HostResolver.system();
	}

	@Bean
	SocketOpener feedSocketOpener() {
		return SocketOpener.plain();
	}

	@Bean
	FeedFetcher feedFetcher(IngestProperties properties, HostResolver resolver, SocketOpener sockets) {
		return new FeedFetcher(properties.fetchPolicy(),
				new AddressGuard(properties.allowPrivateAddresses(), properties.allowedNetworks()), resolver, sockets);
	}

	@Bean
	FeedParser feedParser() {
		return new FeedParser();
	}

}
