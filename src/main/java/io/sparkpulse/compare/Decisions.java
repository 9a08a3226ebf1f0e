package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.sparkpulse.alternatives.AlternativesService;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.editorial.EditorialMarkdown;
import io.sparkpulse.editorial.Verdict;
import io.sparkpulse.editorial.VerdictQueries;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.scoring.ShippingRhythms;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Component;

/**
 * Gathers what a reader decides from on a compare page: the facts (from the alternatives'
 * in-memory profiles), shipping rhythms with latest releases (one statement) and the
 * pair's verdict (one statement), and writes the bottom line and the kinds warning from
 * them.
 */
@Component
class Decisions {

	private final AlternativesService alternatives;

	private final ShippingRhythms rhythms;

	private final VerdictQueries verdicts;

	private final RelativeTime time;

	private final EditorialMarkdown markdown;

	Decisions(AlternativesService alternatives, ShippingRhythms rhythms, VerdictQueries verdicts, RelativeTime time,
			EditorialMarkdown markdown) {
		this.markdown = markdown;
		this.alternatives = alternatives;
		this.rhythms = rhythms;
		this.verdicts = verdicts;
		this.time = time;
	}

	/**
	 * @param products the compared products, in column order
	 * @param trajectories their current trajectories by product id (some may be missing)
	 * @param closestEach how many of each product's own closest alternatives to bring
	 */
	Decided decide(List<ProductSummary> products, Map<Long, Trajectory> trajectories, int alternatives,
			int closestEach) {
		List<Long> ids = products.stream().map(ProductSummary::id).toList();
		boolean crossSector = products.stream().map((product) -> product.sector().id()).distinct().count() > 1;
		AlternativesService.Comparison similar = this.alternatives.compare(products, crossSector ? 0 : alternatives, 1,
				closestEach);
		Map<Long, ProductFacts> facts = similar.facts();
		Map<Long, ShippingRhythms.Rhythm> rhythm = this.rhythms.of(ids);
		Verdict verdict = (products.size() == 2) ? this.verdicts.current(ids.get(0), ids.get(1)).orElse(null) : null;
		List<ProductFacts> columns = ids.stream().map(facts::get).toList();
		FactsTable.Table table = FactsTable.of(columns, ids.stream().map((id) -> rhythm.get(id).releases()).toList());
		List<String> bottomLine = BottomLine.write(products.stream().map((product) -> {
			ShippingRhythms.Rhythm r = rhythm.get(product.id());
			Trajectory trajectory = trajectories.get(product.id());
			return new BottomLine.Subject(product.name(), product.velocity(), r.shipDays(), r.medianGapDays(),
					facts.get(product.id()), (trajectory != null) ? trajectory.headline() : product.headline());
		}).toList());
		String kinds = kinds(products, columns, crossSector);
		List<Link> closer = (kinds != null) ? closer(products, similar.sameCategoryPeers()) : List.of();
		return new Decided(new CompareDecision((verdict != null) ? this.markdown.toHtml(verdict.body()) : null,
				(verdict != null) ? this.time.of(verdict.updatedAt()) : null, bottomLine, kinds, closer, crossSector,
				table), similar.closest(), similar.closestEach());
	}

	/**
	 * @param alternatives the products closest to all the compared ones (none across
	 * sectors)
	 * @param closestEach each product's own closest alternatives, by id (none across
	 * sectors)
	 */
	record Decided(CompareDecision decision, List<RankedAlternative> alternatives,
			Map<Long, List<ProductSummary>> closestEach) {
	}

	/**
	 * "Session is a messenger and Synapse a Matrix homeserver: …", or {@code null} when
	 * the products are of one kind (or their categories are not known).
	 */
	static String kinds(List<ProductSummary> products, List<ProductFacts> facts, boolean crossSector) {
		if (crossSector) {
			List<String> parts = new ArrayList<>();
			for (ProductSummary product : products) {
				parts.add(product.name() + " is tracked in " + product.sector().name());
			}
			return join(parts) + ": different sectors, so this page compares how they ship rather than two "
					+ "answers to one need.";
		}
		if (facts.stream().anyMatch((f) -> f.category() == null)) {
			return null;
		}
		Set<String> categories = facts.stream()
			.map((f) -> f.category().strip().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (categories.size() < 2) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < products.size(); i++) {
			String category = facts.get(i).category().strip();
			parts.add(products.get(i).name() + " is " + BottomLine.article(category) + " " + category);
		}
		return join(parts) + ": different kinds of product, so their figures are not like for like.";
	}

	/**
	 * Each product against the closest product of its own category, one link per product,
	 * without repeats.
	 */
	private static List<Link> closer(List<ProductSummary> products, Map<Long, List<ProductSummary>> peers) {
		Set<String> paths = new LinkedHashSet<>();
		List<Link> links = new ArrayList<>();
		for (ProductSummary product : products) {
			for (ProductSummary peer : peers.getOrDefault(product.id(), List.of())) {
				String path = SitePaths.compare(product.slug(), peer.slug());
				if (paths.add(path)) {
					String label = (product.slug().compareTo(peer.slug()) <= 0) ? product.name() + " vs " + peer.name()
							: peer.name() + " vs " + product.name();
					links.add(new Link(label, path));
				}
			}
		}
		return links;
	}

	private static String join(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}
