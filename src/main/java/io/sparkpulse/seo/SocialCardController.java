package io.sparkpulse.seo;

import java.util.List;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social preview images for the site and each product; compare pages have theirs in
 * {@code compare}.
 */
@RestController
class SocialCardController {

	private final SocialCardRenderer renderer;

	private final CatalogQueries catalog;

	SocialCardController(SocialCardRenderer renderer, CatalogQueries catalog) {
		this.renderer = renderer;
		this.catalog = catalog;
	}

	@GetMapping(SitePaths.SITE_CARD)
	ResponseEntity<byte[]> site() {
		return png(this.renderer.render(new SocialCard("Release velocity, explained",
				List.of(new SocialCard.Entry("How fast tech products ship", null)),
				"Scores, editorial trajectories and alternatives for tech products")));
	}

	@GetMapping(SitePaths.PRODUCT_CARD)
	ResponseEntity<byte[]> product(@PathVariable String slug) {
		ProductSummary product = this.catalog.product(slug).orElseThrow(() -> new NotFoundException("card " + slug));
		return png(this.renderer.render(new SocialCard(product.sector().name() + " · velocity score",
				List.of(new SocialCard.Entry(product.name(), product.velocity())), product.headline())));
	}

	static ResponseEntity<byte[]> png(byte[] image) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(image);
	}

}
