package io.sparkpulse.web;

import java.util.List;

import io.sparkpulse.web.SitePaths.Page;
import io.sparkpulse.web.SitePaths.PublicPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTest {

	@Test
	void everyPublicPathReadsBackAsThePageItWasBuiltFor() {
		assertThat(SitePaths.parse(SitePaths.home())).contains(new PublicPath(Page.HOME, "", 1));
		assertThat(SitePaths.parse(SitePaths.product("synapse"))).contains(new PublicPath(Page.PRODUCT, "synapse", 1));
		assertThat(SitePaths.parse(SitePaths.product("synapse", 3)))
			.contains(new PublicPath(Page.PRODUCT, "synapse", 3));
		assertThat(SitePaths.parse(SitePaths.productFeed("synapse")))
			.contains(new PublicPath(Page.PRODUCT_FEED, "synapse", 1));
		assertThat(SitePaths.parse(SitePaths.productCard("synapse")))
			.contains(new PublicPath(Page.PRODUCT_CARD, "synapse", 1));
		assertThat(SitePaths.parse(SitePaths.alternatives("synapse")))
			.contains(new PublicPath(Page.ALTERNATIVES, "synapse", 1));
		assertThat(SitePaths.parse(SitePaths.alternativesByVelocity("synapse")))
			.contains(new PublicPath(Page.ALTERNATIVES, "synapse", 1));
		assertThat(SitePaths.parse(SitePaths.compareStart())).contains(new PublicPath(Page.COMPARE_START, "", 1));
		assertThat(SitePaths.parse(SitePaths.compare("synapse", "session")))
			.contains(new PublicPath(Page.COMPARE, "session-vs-synapse", 1));
		assertThat(SitePaths.parse(SitePaths.compareFeed("synapse", "session")))
			.contains(new PublicPath(Page.COMPARE_FEED, "session-vs-synapse", 1));
		assertThat(SitePaths.parse(SitePaths.compareCard(List.of("synapse", "session"))))
			.contains(new PublicPath(Page.COMPARE_CARD, "session-vs-synapse", 1));
		assertThat(SitePaths.parse(SitePaths.sectors())).contains(new PublicPath(Page.SECTORS, "", 1));
		assertThat(SitePaths.parse(SitePaths.sector("comms"))).contains(new PublicPath(Page.SECTOR, "comms", 1));
		assertThat(SitePaths.parse(SitePaths.sector("comms", 2))).contains(new PublicPath(Page.SECTOR, "comms", 2));
		assertThat(SitePaths.parse(SitePaths.sectorFeed("comms")))
			.contains(new PublicPath(Page.SECTOR_FEED, "comms", 1));
		assertThat(SitePaths.parse(SitePaths.siteFeed())).contains(new PublicPath(Page.SITE_FEED, "", 1));
		assertThat(SitePaths.parse(SitePaths.siteCard())).contains(new PublicPath(Page.SITE_CARD, "", 1));
		assertThat(SitePaths.parse(SitePaths.methodology())).contains(new PublicPath(Page.METHODOLOGY, "", 1));
		assertThat(SitePaths.parse(SitePaths.trackRecord())).contains(new PublicPath(Page.TRACK_RECORD, "", 1));
		assertThat(SitePaths.parse(SitePaths.trackRecordFeed()))
			.contains(new PublicPath(Page.TRACK_RECORD_FEED, "", 1));
		assertThat(SitePaths.parse(SitePaths.corrections())).contains(new PublicPath(Page.CORRECTIONS, "", 1));
		assertThat(SitePaths.parse(SitePaths.correctionsFeed())).contains(new PublicPath(Page.CORRECTIONS_FEED, "", 1));
		assertThat(SitePaths.parse(SitePaths.sitemapIndex())).contains(new PublicPath(Page.SITEMAP_INDEX, "", 1));
		assertThat(SitePaths.parse(SitePaths.sitemap("products-2")))
			.contains(new PublicPath(Page.SITEMAP, "products-2", 1));
		assertThat(SitePaths.parse(SitePaths.robots())).contains(new PublicPath(Page.ROBOTS, "", 1));
	}

	@Test
	void theRequestMappingsAreThePathsTheBuildersMake() {
		assertThat(SitePaths.product("synapse")).isEqualTo("/products/synapse");
		assertThat(SitePaths.productFeed("synapse")).isEqualTo("/products/synapse/feed.atom");
		assertThat(SitePaths.productCard("synapse")).isEqualTo("/cards/products/synapse.png");
		assertThat(SitePaths.alternatives("synapse")).isEqualTo("/alternatives/synapse");
		assertThat(SitePaths.compare("synapse", "session")).isEqualTo("/compare/session-vs-synapse");
		assertThat(SitePaths.compareFeed("synapse", "session")).isEqualTo("/compare/session-vs-synapse/feed.atom");
		assertThat(SitePaths.compareCard(List.of("synapse", "session")))
			.isEqualTo("/cards/compare/session-vs-synapse.png");
		assertThat(SitePaths.sector("comms")).isEqualTo("/sectors/comms");
		assertThat(SitePaths.sectorFeed("comms")).isEqualTo("/sectors/comms/feed.atom");
		assertThat(SitePaths.sitemap("pairs-1")).isEqualTo("/sitemaps/pairs-1.xml");
		assertThat(SitePaths.asset("css/site.css")).isEqualTo("/assets/css/site.css");
	}

	@Test
	void aComparisonHasOneUrlWhateverOrderItsProductsAreNamedIn() {
		String canonical = "/compare/dendrite-vs-session-vs-synapse";
		assertThat(SitePaths.compare(List.of("synapse", "session", "dendrite"))).isEqualTo(canonical);
		assertThat(SitePaths.compare(List.of("session", "dendrite", "synapse"))).isEqualTo(canonical);
		assertThat(SitePaths.compare(List.of("dendrite", "synapse", "session"))).isEqualTo(canonical);
		assertThat(SitePaths.compare("synapse", "session")).isEqualTo(SitePaths.compare("session", "synapse"));
		assertThat(SitePaths.compareFeed("synapse", "session")).isEqualTo(SitePaths.compareFeed("session", "synapse"));
	}

	@Test
	void anNWayComparisonReadsBackIntoTheSlugsItWasBuiltFrom() {
		List<String> slugs = List.of("synapse", "session", "dendrite", "axon");
		String pair = SitePaths.parse(SitePaths.compare(slugs)).orElseThrow().key();
		assertThat(ComparePath.of(pair).orElseThrow().splits(4))
			.containsExactly(List.of("axon", "dendrite", "session", "synapse"));
	}

	@Test
	void theFirstPageOfARankingHasNoPageParameter() {
		assertThat(SitePaths.sector("comms", 1)).isEqualTo("/sectors/comms");
		assertThat(SitePaths.sector("comms", 2)).isEqualTo("/sectors/comms?page=2");
		assertThat(SitePaths.product("synapse", 1)).isEqualTo("/products/synapse");
		assertThat(SitePaths.product("synapse", 4)).isEqualTo("/products/synapse?page=4");
	}

	@Test
	void aRankingTakesAsManyPagesAsItsProductsFillAndAtLeastOne() {
		int size = SitePaths.SECTOR_PAGE_SIZE;
		assertThat(SitePaths.sectorPages(0)).isEqualTo(1);
		assertThat(SitePaths.sectorPages(1)).isEqualTo(1);
		assertThat(SitePaths.sectorPages(size)).isEqualTo(1);
		assertThat(SitePaths.sectorPages(size + 1)).isEqualTo(2);
		assertThat(SitePaths.sectorPages(3 * size)).isEqualTo(3);
	}

	@Test
	void pathsThatAreNotPublicPagesReadAsNothing() {
		assertThat(SitePaths.parse(null)).isEmpty();
		assertThat(SitePaths.parse("/admin/products/1")).isEmpty();
		assertThat(SitePaths.parse("/assets/css/site.css")).isEmpty();
		assertThat(SitePaths.parse("/products/")).isEmpty();
		assertThat(SitePaths.parse("/products/a/b")).isEmpty();
		assertThat(SitePaths.parse("/sectors/comms?page=0")).isEmpty();
		assertThat(SitePaths.parse("/sectors/comms?page=two")).isEmpty();
		assertThat(SitePaths.parse("/sectors/comms?page=99999999999")).isEmpty();
	}

	@Test
	void publicPagesMayBeCachedAndTheEditorsSideNever() {
		assertThat(SitePaths.isCacheable(SitePaths.product("synapse"))).isTrue();
		assertThat(SitePaths.isCacheable(SitePaths.compare("a", "b"))).isTrue();
		assertThat(SitePaths.isCacheable(SitePaths.sector("comms", 2))).isTrue();
		assertThat(SitePaths.isCacheable(SitePaths.sitemap("products-1"))).isTrue();
		assertThat(SitePaths.isCacheable(SitePaths.siteFeed())).isTrue();
		assertThat(SitePaths.isCacheable("/admin/products/1")).isFalse();
		assertThat(SitePaths.isCacheable(SitePaths.LOGIN)).isFalse();
		assertThat(SitePaths.isCacheable("/search?q=x")).isFalse();

		assertThat(SitePaths.isEditorPath("/admin")).isTrue();
		assertThat(SitePaths.isEditorPath("/admin/users")).isTrue();
		assertThat(SitePaths.isEditorPath("/logout")).isTrue();
		assertThat(SitePaths.isAdminPath("/administrator")).isFalse();
		assertThat(SitePaths.isEditorPath(SitePaths.product("admin"))).isFalse();
	}

	@Test
	void anOtherwiseSpelledPublicPathMovesToTheOneTheBuildersMake() {
		assertThat(SitePaths.canonicalOf("/products/Synapse", null)).contains("/products/synapse");
		assertThat(SitePaths.canonicalOf("/products/Synapse", "page=3&x=1")).contains("/products/synapse?page=3");
		assertThat(SitePaths.canonicalOf("/products/synapse", "page=1")).contains("/products/synapse");
		assertThat(SitePaths.canonicalOf("/sectors/Comms", "page=2")).contains("/sectors/comms?page=2");
		assertThat(SitePaths.canonicalOf("/sectors/comms", "page=1")).contains("/sectors/comms");
		assertThat(SitePaths.canonicalOf("/alternatives/Synapse", "sort=velocity")).contains("/alternatives/synapse");
		assertThat(SitePaths.canonicalOf("/products/Synapse/feed.atom", null)).contains("/products/synapse/feed.atom");
		assertThat(SitePaths.canonicalOf("/sectors/Comms/feed.atom", null)).contains("/sectors/comms/feed.atom");
		assertThat(SitePaths.canonicalOf("/compare/Synapse-vs-Session", null)).contains("/compare/synapse-vs-session");
		assertThat(SitePaths.canonicalOf("/compare/Session-VS-Synapse/feed.atom", null))
			.contains("/compare/session-vs-synapse/feed.atom");
		assertThat(SitePaths.canonicalOf("/sectors/", "x=1")).contains("/sectors?x=1");
		assertThat(SitePaths.canonicalOf("//evil.example//", null)).contains("/evil.example");
		assertThat(SitePaths.canonicalOf("///", null)).contains("/");
	}

	@Test
	void aCanonicalOrUnknownPathStaysWhereItIs() {
		assertThat(SitePaths.canonicalOf("/products/synapse", null)).isEmpty();
		assertThat(SitePaths.canonicalOf("/products/synapse", "page=2")).isEmpty();
		assertThat(SitePaths.canonicalOf("/sectors/comms", "page=0")).isEmpty();
		assertThat(SitePaths.canonicalOf("/products/Sé", null)).isEmpty();
		assertThat(SitePaths.canonicalOf("/products/Bad_Slug", "page=1")).isEmpty();
		assertThat(SitePaths.canonicalOf("/compare/synapse-vs-session", null)).isEmpty();
		assertThat(SitePaths.canonicalOf("/Products/Synapse", null)).isEmpty();
		assertThat(SitePaths.canonicalOf("/admin/Products", null)).isEmpty();
		assertThat(SitePaths.canonicalOf("/", null)).isEmpty();
	}

}
