package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.sparkpulse.alternatives.AlternativesService;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.seo.SeoProperties;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparisons browsing pages link to. Every one pairs a product with one of its
 * closest alternatives (as {@link AlternativesService} ranks them, the
 * {@link SeoProperties#comparePairsPerProduct()} closest), which are exactly the pairs
 * the sitemap lists, and a pair's three-way extension is listed with it: every linked
 * comparison is one crawlers are told about.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonLinks {

	private final AlternativesService alternatives;

	private final SeoProperties seo;

	ComparisonLinks(AlternativesService alternatives, SeoProperties seo) {
		this.alternatives = alternatives;
		this.seo = seo;
	}

	/**
	 * "Compare X with": the product against each of its closest alternatives, read from
	 * its ranked alternatives when the page has them already.
	 */
	public List<Link> closestTo(ProductSummary product, List<RankedAlternative> ranked) {
		List<RankedAlternative> closest = (ranked.size() >= this.seo.comparePairsPerProduct()) ? ranked
				: this.alternatives.top(product, this.seo.comparePairsPerProduct());
		return closest.stream()
			.limit(this.seo.comparePairsPerProduct())
			.map((alternative) -> pair(product, alternative.product()))
			.toList();
	}

	/**
	 * The best comparisons among a sector's most active products: each product against
	 * its closest alternative first, then its second closest, and so on, keeping pairs of
	 * two of these products and each pair once.
	 */
	public List<Link> among(List<ProductSummary> mostActive, int limit) {
		Set<Long> active = mostActive.stream().map(ProductSummary::id).collect(Collectors.toSet());
		// Any two of a sector's most active products make a pair the sitemap lists (each
		// is
		// in the other's sector top), so the walk may go deeper than the closest few.
		int deepest = mostActive.size() * this.seo.comparePairsPerProduct();
		Map<ProductSummary, List<ProductSummary>> closest = new LinkedHashMap<>();
		mostActive.forEach((product) -> closest.put(product,
				this.alternatives.top(product, deepest).stream().map(RankedAlternative::product).toList()));
		Map<String, Link> links = new LinkedHashMap<>();
		for (int depth = 0; depth < deepest && links.size() < limit; depth++) {
			for (ProductSummary product : mostActive) {
				List<ProductSummary> others = closest.get(product);
				if (depth < others.size() && active.contains(others.get(depth).id()) && links.size() < limit) {
					Link link = pair(product, others.get(depth));
					links.putIfAbsent(link.href(), link);
				}
			}
		}
		return List.copyOf(links.values());
	}

	/**
	 * A few comparisons across sectors: the most active product of each sector found
	 * among {@code mostActive} (ranked across all sectors, so the first of a sector leads
	 * it) against its closest alternative.
	 */
	public List<Link> acrossSectors(List<ProductSummary> mostActive, int limit) {
		Map<Long, ProductSummary> leaders = new LinkedHashMap<>();
		mostActive.forEach((product) -> leaders.putIfAbsent(product.sector().id(), product));
		List<Link> links = new ArrayList<>();
		for (ProductSummary leader : leaders.values().stream().limit(limit).toList()) {
			closest(leader).stream().findFirst().ifPresent((other) -> links.add(pair(leader, other)));
		}
		return links.stream().distinct().toList();
	}

	/**
	 * The best third product for a pair that browsing pages link to (one is among the
	 * other's closest alternatives): the first of those closest to one of them that is
	 * also among those closest to the other. Nothing for other pairs, or groups of three
	 * or more.
	 */
	public Optional<Extension> extension(List<ProductSummary> pair) {
		return extension(pair, Map.of());
	}

	/**
	 * The same, with the products' closest alternatives as far as the caller has them
	 * already ({@link #pairsPerProduct()} of each, by product id).
	 */
	public Optional<Extension> extension(List<ProductSummary> pair, Map<Long, List<ProductSummary>> known) {
		if (pair.size() != ComparePath.MIN_PRODUCTS) {
			return Optional.empty();
		}
		ProductSummary a = pair.get(0);
		ProductSummary b = pair.get(1);
		if (a.sector().id() != b.sector().id()) {
			// Alternatives come from a product's own sector: neither is among the
			// other's.
			return Optional.empty();
		}
		List<ProductSummary> closestToA = known.containsKey(a.id()) ? known.get(a.id()) : closest(a);
		List<ProductSummary> closestToB = known.containsKey(b.id()) ? known.get(b.id()) : closest(b);
		boolean aLeads = contains(closestToA, b);
		if (!aLeads && !contains(closestToB, a)) {
			return Optional.empty();
		}
		List<ProductSummary> lead = aLeads ? closestToA : closestToB;
		List<ProductSummary> other = aLeads ? closestToB : closestToA;
		return lead.stream()
			.filter((candidate) -> candidate.id() != a.id() && candidate.id() != b.id() && contains(other, candidate))
			.findFirst()
			.map((third) -> {
				List<ProductSummary> three = List.of(a, b, third);
				return new Extension(third,
						new Link(three.stream().map(ProductSummary::name).collect(Collectors.joining(" vs ")),
								SitePaths.compare(three.stream().map(ProductSummary::slug).toList())));
			});
	}

	/**
	 * How many of a product's closest alternatives it is paired with.
	 */
	public int pairsPerProduct() {
		return this.seo.comparePairsPerProduct();
	}

	private List<ProductSummary> closest(ProductSummary product) {
		return this.alternatives.top(product, this.seo.comparePairsPerProduct())
			.stream()
			.map(RankedAlternative::product)
			.toList();
	}

	private static boolean contains(List<ProductSummary> products, ProductSummary product) {
		return products.stream().anyMatch((candidate) -> candidate.id() == product.id());
	}

	private static Link pair(ProductSummary product, ProductSummary other) {
		return new Link(product.name() + " vs " + other.name(), SitePaths.compare(product.slug(), other.slug()));
	}

	/**
	 * A third product for a pair, and the three-way comparison it makes.
	 */
	public record Extension(ProductSummary product, Link link) {
	}

}
