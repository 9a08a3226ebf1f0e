package io.sparkpulse.feeds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedLinksTest {

	@Test
	void eachFeedHasOnePathAndPairsUseTheCanonicalOrder() {
		assertThat(FeedLinks.site()).isEqualTo("/feed.atom");
		assertThat(FeedLinks.product("synapse")).isEqualTo("/products/synapse/feed.atom");
		assertThat(FeedLinks.sector("comms")).isEqualTo("/sectors/comms/feed.atom");
		assertThat(FeedLinks.pair("synapse", "session")).isEqualTo("/compare/session-vs-synapse/feed.atom")
			.isEqualTo(FeedLinks.pair("session", "synapse"));
	}

}
