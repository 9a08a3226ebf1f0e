package io.sparkpulse.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.web.GoneException;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a two-product compare page from four set-based reads: the products (with scores and themes),
 * their current trajectories, their interleaved recent activity, and the ranked alternatives.
 */
@Service
@Transactional(readOnly = true)
public class ComparePageService {

	static final int RECENT_ACTIVITY = 12;

	static final int ALTERNATIVES = 6;

	private static final int FAQ_ALTERNATIVES = 3;

	private final CatalogQueries catalog;

	private final EditorialQueries editorial;

	private final ActivityQueries activity;

	private final RelativeTime time;

	ComparePageService(CatalogQueries catalog, EditorialQueries editorial, ActivityQueries activity, RelativeTime time) {
		this.catalog = catalog;
		this.editorial = editorial;
		this.activity = activity;
		this.time = time;
	}

	public CompareOutcome compare(String rawPath) {
		var lowerCase = ComparePath.lowerCaseVariant(rawPath);
		if (lowerCase.isPresent()) {
			return new CompareOutcome.MovedTo("/compare/" + lowerCase.get());
		}
		ComparePath path = ComparePath.of(rawPath).orElseThrow(() -> new NotFoundException("compare " + rawPath));
		Map<String, ProductSummary> found = this.catalog.products(path.candidateSlugs(2))
			.stream()
			.collect(Collectors.toMap(ProductSummary::slug, Function.identity()));
		List<String> slugs = path.resolve(2, found.keySet()).orElseThrow(() -> missing(path, found.keySet()));
		if (slugs.get(0).equals(slugs.get(1))) {
			return new CompareOutcome.MovedTo("/products/" + slugs.get(0));
		}
		String canonical = ComparePath.canonical(slugs);
		if (!canonical.equals(rawPath)) {
			return new CompareOutcome.MovedTo("/compare/" + canonical);
		}
		return new CompareOutcome.Page(page(found.get(slugs.get(0)), found.get(slugs.get(1))));
	}

	/**
	 * A pair that names a retired product is gone for good; anything else unresolved was never there.
	 * Only asked when the pair did not resolve, so a served page costs no extra statement.
	 */
	private RuntimeException missing(ComparePath path, Set<String> live) {
		Set<String> retired = this.catalog.retiredAmong(path.candidateSlugs(2));
		if (!retired.isEmpty()) {
			Set<String> existing = new HashSet<>(live);
			existing.addAll(retired);
			boolean namesRetired = path.splits(2)
				.stream()
				.anyMatch((split) -> existing.containsAll(split) && split.stream().anyMatch(retired::contains));
			if (namesRetired) {
				return new GoneException("compare " + path.raw());
			}
		}
		return new NotFoundException("compare " + path.raw());
	}

	private ComparePage page(ProductSummary a, ProductSummary b) {
		List<Long> ids = List.of(a.id(), b.id());
		Map<Long, Trajectory> trajectories = this.editorial.currentOf(ids);
		List<ProductSummary> alternatives = this.catalog.rankedInSectors(
				List.of(a.sector().id(), b.sector().id()).stream().distinct().toList(), ids, ALTERNATIVES);
		List<ActivityRow> recent = this.activity.recentOf(ids, RECENT_ACTIVITY)
			.stream()
			.map((entry) -> row(entry, (entry.productId() == a.id()) ? a : b))
			.toList();
		List<Faq> faqs = CompareFaq.write(subject(a, alternatives), subject(b, alternatives));
		String title = a.name() + " vs " + b.name();
		String description = a.name() + " (velocity " + a.velocity() + ") vs " + b.name() + " (velocity "
				+ b.velocity() + ") in " + sectorPhrase(a, b)
				+ ": release velocity, recent ship moves, editorial outlook and the top alternatives, side by side.";
		List<ComparePage.AlternativeCard> cards = alternatives.stream()
			.map((alternative) -> new ComparePage.AlternativeCard(alternative, List.of(versus(alternative, a), versus(alternative, b))))
			.toList();
		return new ComparePage("/compare/" + a.slug() + ComparePath.SEPARATOR + b.slug(), title, description,
				column(a, trajectories.get(a.id())), column(b, trajectories.get(b.id())), cards, recent, faqs);
	}

	private static Link versus(ProductSummary alternative, ProductSummary compared) {
		return new Link("vs " + compared.name(), "/compare/" + ComparePath.canonical(List.of(alternative.slug(), compared.slug())));
	}

	private ProductColumn column(ProductSummary product, Trajectory trajectory) {
		return new ProductColumn(product, trajectory, (trajectory != null) ? this.time.of(trajectory.updatedAt()) : null);
	}

	private ActivityRow row(ActivityEntry entry, ProductSummary product) {
		return ActivityRow.of(entry, product.slug(), product.name(), this.time.of(entry.occurredOn()));
	}

	private static FaqSubject subject(ProductSummary product, List<ProductSummary> alternatives) {
		List<String> top = alternatives.stream()
			.filter((alternative) -> alternative.sector().id() == product.sector().id())
			.limit(FAQ_ALTERNATIVES)
			.map(ProductSummary::name)
			.toList();
		return new FaqSubject(product.name(), product.slug(), product.sector().name(), product.velocity(),
				product.sparks30d(), product.themes(), top);
	}

	private static String sectorPhrase(ProductSummary a, ProductSummary b) {
		return a.sector().id() == b.sector().id() ? a.sector().name()
				: a.sector().name() + " and " + b.sector().name();
	}

}
