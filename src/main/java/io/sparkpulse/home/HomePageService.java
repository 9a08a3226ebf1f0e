package io.sparkpulse.home;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.ActivityQueries;
import io.sparkpulse.activity.ActivityRow;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.MostActiveProducts;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.compare.ComparisonLinks;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Dated;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class HomePageService {

	static final int SPARKS = 10;

	static final int MOST_ACTIVE = 12;

	static final int COMPARISONS = 4;

	private final CatalogQueries catalog;

	private final MostActiveProducts rankings;

	private final ActivityQueries activity;

	private final RelativeTime time;

	private final PageMetas metas;

	private final ComparisonLinks comparisons;

	HomePageService(CatalogQueries catalog, MostActiveProducts rankings, ActivityQueries activity, RelativeTime time,
			PageMetas metas, ComparisonLinks comparisons) {
		this.comparisons = comparisons;
		this.rankings = rankings;
		this.metas = metas;
		this.catalog = catalog;
		this.activity = activity;
		this.time = time;
	}

	public HomePage page() {
		List<SectorSummary> sectors = this.catalog.sectors();
		List<ProductSummary> mostActive = this.rankings.mostActive(MOST_ACTIVE);
		List<ActivityEntry> sparks = this.activity.latestSparks(SPARKS);
		Map<Long, ProductSummary> products = this.catalog
			.productsByIds(sparks.stream().map(ActivityEntry::productId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ProductSummary::id, Function.identity()));
		List<Dated<ActivityRow>> sparkRows = sparks.stream().map((entry) -> {
			ProductSummary product = products.get(entry.productId());
			return this.time.dated(ActivityRow.of(entry, product.slug(), product.name()), entry.occurredOn());
		}).toList();
		int tracked = sectors.stream().mapToInt(SectorSummary::productCount).sum();
		String description = "Sparkpulse tracks how fast " + tracked + " tech products across " + sectors.size()
				+ " sectors ship, scores their release velocity and says where each one is heading.";
		PageMeta meta = this.metas.page("Release velocity and trajectories of tech products", description, "/",
				List.of(), null, List.of(new Link("Sparkpulse: all activity", SitePaths.siteFeed())),
				this.metas.structuredData().webSite(description));
		return new HomePage(meta, sparkRows, mostActive, sectors,
				this.comparisons.acrossSectors(mostActive, COMPARISONS));
	}

}
