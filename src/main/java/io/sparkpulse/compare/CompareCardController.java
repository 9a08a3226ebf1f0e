package io.sparkpulse.compare;

import java.util.List;
import java.util.stream.Collectors;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.seo.SocialCard;
import io.sparkpulse.seo.SocialCardRenderer;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social preview image of a comparison: the products side by side with their scores.
 */
@RestController
class CompareCardController {

	private final ComparePageService pages;

	private final SocialCardRenderer renderer;

	CompareCardController(ComparePageService pages, SocialCardRenderer renderer) {
		this.pages = pages;
		this.renderer = renderer;
	}

	@GetMapping(SitePaths.COMPARE_CARD)
	ResponseEntity<byte[]> card(@PathVariable String pair) {
		List<ProductSummary> products = this.pages.productsOf(pair)
			.orElseThrow(() -> new NotFoundException("card " + pair));
		String sectors = products.stream()
			.map((product) -> product.sector().name())
			.distinct()
			.collect(Collectors.joining(" · "));
		SocialCard card = new SocialCard("Comparison · " + sectors,
				products.stream().map((product) -> new SocialCard.Entry(product.name(), product.velocity())).toList(),
				"Velocity, recent ship moves, editorial outlook and alternatives");
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.renderer.render(card));
	}

}
