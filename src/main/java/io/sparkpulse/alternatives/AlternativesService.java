package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.GoneException;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks a product's alternatives among the other products of its sector by
 * {@link Similarity} (same category, shared themes by rarity, shared facts; velocity only
 * breaks ties), or by velocity when a reader asks for it. Each alternative says what it
 * shares with the product.
 */
@Service
@Transactional(readOnly = true)
public class AlternativesService {

	static final int MAX_ALTERNATIVES = 50;

	/** The order rankings use: score, most recent move, then id. */
	static final Comparator<PeerProfile> VELOCITY = Comparator
		.comparing((PeerProfile profile) -> profile.product().velocity())
		.reversed()
		.thenComparing((profile) -> profile.product().lastMoveOn(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingLong(PeerProfile::productId);

	private final CatalogQueries catalog;

	private final SectorPeers peers;

	private final PageMetas metas;

	AlternativesService(CatalogQueries catalog, SectorPeers peers, PageMetas metas) {
		this.catalog = catalog;
		this.peers = peers;
		this.metas = metas;
	}

	public AlternativesPage page(String slug) {
		return page(slug, Order.SIMILARITY);
	}

	public AlternativesPage page(String slug, Order order) {
		ProductSummary product = this.catalog.product(slug).orElseThrow(() -> missing(slug));
		List<RankedAlternative> ranked = rank(List.of(product), MAX_ALTERNATIVES, order);
		String title = "Best " + product.name() + " alternatives";
		String description = ranked.isEmpty()
				? "Sparkpulse tracks no other " + product.sector().name() + " product besides " + product.name()
						+ " yet."
				: ranked.size() + " " + product.sector().name() + " alternatives to " + product.name() + " ranked by "
						+ ((order == Order.VELOCITY) ? "release velocity" : "how much they have in common with it")
						+ ", led by " + ranked.get(0).product().name() + " (velocity "
						+ ranked.get(0).product().velocity() + "), each with what it shares with " + product.name()
						+ ".";
		String path = SitePaths.alternatives(product.slug());
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", SitePaths.sectors()),
				new Crumb(product.sector().name(), SitePaths.sector(product.sector().slug())),
				new Crumb(product.name(), SitePaths.product(product.slug())), new Crumb("Alternatives", path));
		PageMeta meta = this.metas.page(title, description, path, crumbs, SitePaths.productCard(product.slug()),
				List.of(),
				this.metas.structuredData()
					.itemList(title,
							ranked.stream()
								.map((alternative) -> new Crumb(alternative.product().name(),
										SitePaths.product(alternative.product().slug())))
								.toList()));
		return new AlternativesPage(meta, title, description, product, ranked, order);
	}

	/**
	 * The top {@code limit} alternatives of a product, most similar first, for other
	 * pages' sidebars.
	 */
	public List<RankedAlternative> top(ProductSummary product, int limit) {
		return rank(List.of(product), limit, Order.SIMILARITY);
	}

	/**
	 * The products closest to all of {@code products} together (a compare page's
	 * alternatives), most similar first, from the sectors they belong to.
	 */
	public List<RankedAlternative> closest(List<ProductSummary> products, int limit) {
		return rank(products, limit, Order.SIMILARITY);
	}

	/**
	 * For each product, the most similar products of its own category ({@code perProduct}
	 * at most, none if it has no category or no peer in it), for links to comparisons of
	 * like with like.
	 */
	public Map<Long, List<ProductSummary>> sameCategoryPeers(List<ProductSummary> products, int perProduct) {
		return sameCategoryPeers(this.peers.of(products), products, perProduct);
	}

	/**
	 * Everything a compare page needs from similarity, from one read of the products'
	 * sectors: their facts, the products closest to all of them ({@code limit}, none when
	 * {@code limit} is 0) and each one's closest peers of its own category
	 * ({@code perProduct}), and when they share one sector each one's own closest
	 * ({@code closestEach}, as {@link #top} ranks them).
	 */
	public Comparison compare(List<ProductSummary> products, int limit, int perProduct, int closestEach) {
		List<Long> sectors = sectorsOf(products);
		SectorPeers.Peers known = this.peers.of(products);
		Map<Long, List<ProductSummary>> closest = new LinkedHashMap<>();
		if (sectors.size() == 1 && closestEach > 0) {
			// The same ranking top() makes, from the profiles already read: its sector is
			// theirs.
			for (ProductSummary product : products) {
				closest.put(product.id(),
						rank(known, List.of(product), closestEach, Order.SIMILARITY).stream()
							.map(RankedAlternative::product)
							.toList());
			}
		}
		return new Comparison(factsOf(known, products),
				(limit > 0) ? rank(known, products, limit, Order.SIMILARITY) : List.of(),
				sameCategoryPeers(known, products, perProduct), closest);
	}

	private Map<Long, List<ProductSummary>> sameCategoryPeers(SectorPeers.Peers known, List<ProductSummary> products,
			int perProduct) {
		Set<Long> compared = products.stream().map(ProductSummary::id).collect(Collectors.toSet());
		Map<Long, List<Long>> ids = new LinkedHashMap<>();
		for (ProductSummary product : products) {
			PeerProfile profile = known.profiles().get(product.id());
			if (profile == null || profile.facts().category() == null) {
				ids.put(product.id(), List.of());
				continue;
			}
			List<PeerProfile> candidates = known.profiles()
				.values()
				.stream()
				.filter((p) -> p.sectorId() == product.sector().id() && !compared.contains(p.productId()))
				.toList();
			ids.put(product.id(), Similarity
				.rank(List.of(profile), candidates, known.themeCounts(), known.profiles().size(), VELOCITY, perProduct)
				.stream()
				.filter((match) -> match.sameCategory() > 0)
				.map((match) -> match.profile().productId())
				.toList());
		}
		Map<Long, List<ProductSummary>> peers = new LinkedHashMap<>();
		ids.forEach((id, list) -> peers.put(id,
				list.stream().map((peer) -> known.profiles().get(peer).product()).toList()));
		return peers;
	}

	/**
	 * The facts of these products, from the same in-memory profiles similarity uses.
	 */
	public Map<Long, ProductFacts> factsOf(List<ProductSummary> products) {
		return factsOf(this.peers.of(products), products);
	}

	private static Map<Long, ProductFacts> factsOf(SectorPeers.Peers known, List<ProductSummary> products) {
		Map<Long, ProductFacts> facts = new LinkedHashMap<>();
		for (ProductSummary product : products) {
			PeerProfile profile = known.profiles().get(product.id());
			facts.put(product.id(), (profile != null) ? profile.facts() : ProductFacts.none(product.id()));
		}
		return facts;
	}

	private List<RankedAlternative> rank(List<ProductSummary> products, int limit, Order order) {
		return rank(this.peers.of(products), products, limit, order);
	}

	private static List<RankedAlternative> rank(SectorPeers.Peers known, List<ProductSummary> products, int limit,
			Order order) {
		Set<Long> excluded = products.stream().map(ProductSummary::id).collect(Collectors.toSet());
		List<PeerProfile> targets = products.stream()
			.map((product) -> known.profiles().get(product.id()))
			.filter((profile) -> profile != null)
			.toList();
		List<PeerProfile> candidates = known.profiles()
			.values()
			.stream()
			.filter((profile) -> !excluded.contains(profile.productId()))
			.toList();
		if (targets.isEmpty() || candidates.isEmpty()) {
			return List.of();
		}
		List<Similarity.Match> top = (order == Order.VELOCITY)
				? Similarity.describe(targets, candidates.stream().sorted(VELOCITY).limit(limit).toList(),
						known.themeCounts(), known.profiles().size())
				: Similarity.rank(targets, candidates, known.themeCounts(), known.profiles().size(), VELOCITY, limit);
		ProductSummary only = (products.size() == 1) ? products.get(0) : null;
		List<RankedAlternative> ranked = new ArrayList<>(top.size());
		for (Similarity.Match match : top) {
			ProductSummary other = match.profile().product();
			String reason = match.reason().isEmpty()
					? "also " + Similarity.article(other.sector().name()) + " " + other.sector().name() + " product"
					: match.reason();
			Link compare = (only != null)
					? new Link(other.name() + " vs " + only.name(), SitePaths.compare(only.slug(), other.slug()))
					: null;
			ranked.add(new RankedAlternative(ranked.size() + 1, other, match.sharedThemes(), compare, reason,
					match.sameCategory() > 0));
		}
		return ranked;
	}

	private static List<Long> sectorsOf(List<ProductSummary> products) {
		return products.stream().map((product) -> product.sector().id()).distinct().toList();
	}

	private RuntimeException missing(String slug) {
		return this.catalog.retiredAmong(List.of(slug)).isEmpty() ? new NotFoundException("product " + slug)
				: new GoneException("product " + slug);
	}

	/**
	 * What similarity says about compared products.
	 *
	 * @param facts each product's facts, by id
	 * @param closest the products closest to all of them, most similar first
	 * @param sameCategoryPeers each product's closest peers of its own category, by id
	 * @param closestEach each product's own closest alternatives, by id (none across
	 * sectors)
	 */
	public record Comparison(Map<Long, ProductFacts> facts, List<RankedAlternative> closest,
			Map<Long, List<ProductSummary>> sameCategoryPeers, Map<Long, List<ProductSummary>> closestEach) {
	}

	/**
	 * How an alternatives list is ordered: by similarity (the default) or by velocity.
	 */
	public enum Order {

		SIMILARITY, VELOCITY;

		/**
		 * The order a {@code sort} parameter asks for; anything but "velocity" is the
		 * default.
		 */
		public static Order of(String sort) {
			return "velocity".equals(sort) ? VELOCITY : SIMILARITY;
		}

	}

}
