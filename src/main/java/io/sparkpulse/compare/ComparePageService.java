package io.sparkpulse.compare;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.alternatives.RankedAlternative;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.editorial.EditorialQueries;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.editorial.EditorialMarkdown;
import io.sparkpulse.ledger.LedgerQueries;
import io.sparkpulse.ledger.ProductLedger;
import io.sparkpulse.ledger.ProductLedgerView;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.charts.ScoreChart;
import io.sparkpulse.scoring.ScoreExplanations;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.seo.StructuredData;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.GoneException;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.Monogram;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a compare page for two to four products from five set-based reads, whatever
 * their number: the products (with scores and themes), their current trajectories and
 * editorial ledgers, their interleaved recent activity, and the ranked alternatives.
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

	private final PageMetas metas;

	private final LedgerQueries ledger;

	private final ScoreExplanations scores;

	private final Decisions decisions;

	private final ComparisonLinks links;

	private final EditorialMarkdown markdown;

	ComparePageService(CatalogQueries catalog, EditorialQueries editorial, ActivityQueries activity, RelativeTime time,
			PageMetas metas, LedgerQueries ledger, ScoreExplanations scores, Decisions decisions, ComparisonLinks links,
			EditorialMarkdown markdown) {
		this.markdown = markdown;
		this.ledger = ledger;
		this.scores = scores;
		this.decisions = decisions;
		this.links = links;
		this.metas = metas;
		this.catalog = catalog;
		this.editorial = editorial;
		this.activity = activity;
		this.time = time;
	}

	public CompareOutcome compare(String rawPath) {
		ComparePath path = ComparePath.of(rawPath).orElseThrow(() -> new NotFoundException("compare " + rawPath));
		this.catalog.useOnePlanPerStatement();
		Map<String, ProductSummary> found = this.catalog.products(path.candidateSlugs())
			.stream()
			.collect(Collectors.toMap(ProductSummary::slug, Function.identity()));
		List<String> slugs = path.resolve(found.keySet()).orElseThrow(() -> missing(path, found.keySet()));
		List<String> distinct = List.copyOf(new LinkedHashSet<>(slugs));
		if (distinct.size() == 1) {
			return new CompareOutcome.MovedTo(SitePaths.product(distinct.get(0)));
		}
		if (!ComparePath.canonical(distinct).equals(rawPath)) {
			return new CompareOutcome.MovedTo(SitePaths.compare(distinct));
		}
		return new CompareOutcome.Page(page(slugs.stream().sorted().map(found::get).toList()));
	}

	/**
	 * The products of a canonical compare path, for its social card; nothing for any
	 * other path.
	 */
	public Optional<List<ProductSummary>> productsOf(String canonicalPath) {
		return ComparePath.of(canonicalPath).flatMap((path) -> {
			Map<String, ProductSummary> found = this.catalog.products(path.candidateSlugs())
				.stream()
				.collect(Collectors.toMap(ProductSummary::slug, Function.identity()));
			return path.resolve(found.keySet())
				.filter((slugs) -> ComparePath.canonical(slugs).equals(canonicalPath)
						&& slugs.stream().distinct().count() == slugs.size())
				.map((slugs) -> slugs.stream().map(found::get).toList());
		});
	}

	/**
	 * A comparison that names a retired product is gone for good; anything else
	 * unresolved was never there. Only asked when the path did not resolve, so a served
	 * page costs no extra statement.
	 */
	private RuntimeException missing(ComparePath path, Set<String> live) {
		Set<String> retired = this.catalog.retiredAmong(path.candidateSlugs());
		if (!retired.isEmpty()) {
			Set<String> existing = new HashSet<>(live);
			existing.addAll(retired);
			if (path.resolve(existing).filter((split) -> split.stream().anyMatch(retired::contains)).isPresent()) {
				return new GoneException("compare " + path.raw());
			}
		}
		return new NotFoundException("compare " + path.raw());
	}

	private ComparePage page(List<ProductSummary> products) {
		List<Long> ids = products.stream().map(ProductSummary::id).toList();
		Map<Long, ProductSummary> byId = products.stream()
			.collect(Collectors.toMap(ProductSummary::id, Function.identity()));
		Map<Long, Trajectory> trajectories = this.editorial.currentOf(ids);
		Decisions.Decided decided = this.decisions.decide(products, trajectories, ALTERNATIVES,
				this.links.pairsPerProduct());
		CompareDecision decision = decided.decision();
		List<RankedAlternative> closest = decided.alternatives();
		List<ProductSummary> alternatives = closest.stream().map(RankedAlternative::product).toList();
		int movesEach = RECENT_ACTIVITY / ids.size();
		List<Dated<ActivityRow>> recent = this.activity.recentOf(ids, movesEach, RECENT_ACTIVITY)
			.stream()
			.map((entry) -> {
				ProductSummary product = byId.get(entry.productId());
				return this.time.dated(ActivityRow.of(entry, product.slug(), product.name()), entry.occurredOn());
			})
			.toList();
		Map<Long, ProductLedger> ledgers = this.ledger.forProducts(ids);
		List<ProductColumn> columns = products.stream()
			.map((product) -> column(product, trajectories.get(product.id()),
					ProductLedgerView.of(ledgers.get(product.id()), this.time.today())))
			.toList();
		List<ComparePage.AlternativeCard> cards = closest.stream()
			.map((alternative) -> new ComparePage.AlternativeCard(alternative.product(),
					products.stream().map((compared) -> versus(alternative.product(), compared)).toList(),
					alternative.reason()))
			.toList();
		List<Faq> faqs = CompareFaq.write(products.stream().map((product) -> subject(product, alternatives)).toList());
		List<String> names = products.stream().map(ProductSummary::name).toList();
		String sectorLabel = products.stream()
			.map((product) -> product.sector().name())
			.distinct()
			.collect(Collectors.joining(" · "));
		String title = String.join(" vs ", names);
		String description = products.stream()
			.map((product) -> product.name() + " (velocity " + product.velocity() + ")")
			.collect(Collectors.joining(" vs ")) + " in " + sectorLabel.replace(" · ", " and ")
				+ ": release velocity, recent ship moves, editorial outlook and the top alternatives, side by side.";
		List<String> slugs = products.stream().map(ProductSummary::slug).toList();
		String path = SitePaths.compare(slugs);
		ProductSummary first = products.get(0);
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", SitePaths.sectors()),
				new Crumb(first.sector().name(), SitePaths.sector(first.sector().slug())), new Crumb(title, path));
		PageMeta meta = this.metas.page(title + ": velocity, roadmap and alternatives", description, path, crumbs,
				SitePaths.compareCard(slugs), feeds(products, title),
				this.metas.structuredData()
					.faqPage(path,
							faqs.stream()
								.map((faq) -> new StructuredData.QuestionAnswer(faq.question(), faq.answer()))
								.toList()));
		if (decision.crossSector()) {
			meta = meta.notIndexed();
		}
		ScoreChart chart = ScoreChart.compared(this.scores.histories(products.stream()
			.map((product) -> new ScoreExplanations.Charted(product.id(), product.name()))
			.toList()));
		return new ComparePage(meta, title, CompareFaq.listing(names), sectorLabel, columns, cards, recent, faqs, chart,
				movesEach, decision, this.links.extension(products, decided.closestEach()).orElse(null));
	}

	private static List<Link> feeds(List<ProductSummary> products, String title) {
		if (products.size() != 2) {
			return List.of();
		}
		return List.of(new Link(title + ": activity feed",
				SitePaths.compareFeed(products.get(0).slug(), products.get(1).slug())));
	}

	private ProductColumn column(ProductSummary product, Trajectory trajectory, ProductLedgerView ledger) {
		Monogram mark = Monogram.of(product.slug(), product.name());
		if (trajectory == null) {
			return new ProductColumn(product, null, null, ledger, mark);
		}
		return new ProductColumn(product, this.markdown.text(trajectory, this.time.now()),
				this.time.of(trajectory.updatedAt()), ledger, mark);
	}

	private static Link versus(ProductSummary alternative, ProductSummary compared) {
		return new Link("vs " + compared.name(), SitePaths.compare(alternative.slug(), compared.slug()));
	}

	private static FaqSubject subject(ProductSummary product, List<ProductSummary> alternatives) {
		List<String> top = alternatives.stream()
			.filter((alternative) -> alternative.sector().id() == product.sector().id())
			.limit(FAQ_ALTERNATIVES)
			.map(ProductSummary::name)
			.toList();
		return new FaqSubject(product.name(), product.slug(), product.sector().name(), product.headline(),
				product.velocity(), product.sparks30d(), product.themes(), product.rhythm(), top);
	}

}
