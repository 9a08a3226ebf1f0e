package io.sparkpulse.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.compare.ComparisonLinks;
import io.sparkpulse.web.Pagination;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SectorPageService {

	static final int PAGE_SIZE = SitePaths.SECTOR_PAGE_SIZE;

	/** The products whose comparisons the first page offers. */
	static final int MOST_ACTIVE = 4;

	static final int COMPARISONS = 6;

	private final CatalogQueries catalog;

	private final RelativeTime time;

	private final PageMetas metas;

	private final ComparisonLinks comparisons;

	SectorPageService(CatalogQueries catalog, RelativeTime time, PageMetas metas, ComparisonLinks comparisons) {
		this.comparisons = comparisons;
		this.catalog = catalog;
		this.time = time;
		this.metas = metas;
	}

	public SectorsPage sectors() {
		List<SectorSummary> sectors = this.catalog.sectors();
		String description = sectors.size() + " sectors of tech products tracked by Sparkpulse: "
				+ sectors.stream().map(SectorSummary::name).collect(Collectors.joining(", ")) + ".";
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", SitePaths.sectors()));
		PageMeta meta = this.metas.page("Sectors", description, SitePaths.sectors(), crumbs, null, List.of(),
				this.metas.structuredData()
					.itemList("Sectors",
							sectors.stream()
								.map((sector) -> new Crumb(sector.name(), SitePaths.sector(sector.slug())))
								.toList()));
		return new SectorsPage(meta, sectors);
	}

	/**
	 * One page (from 1) of a sector's ranking; pages beyond the last are not found. Each
	 * page is its own canonical URL ({@code ?page=} from 2 on).
	 */
	public SectorPage page(String slug, int page) {
		SectorSummary sector = this.catalog.sector(slug).orElseThrow(() -> new NotFoundException("sector " + slug));
		Pagination pagination = Pagination.of(page, PAGE_SIZE, sector.productCount());
		if (!pagination.contains(page)) {
			throw new NotFoundException("page " + page + " of sector " + slug);
		}
		int offset = (page - 1) * PAGE_SIZE;
		List<ProductSummary> ranked = this.catalog.rankedInSector(sector.id(), offset, PAGE_SIZE);
		List<SectorPage.Entry> entries = new ArrayList<>(ranked.size());
		for (ProductSummary product : ranked) {
			entries.add(new SectorPage.Entry(offset + entries.size() + 1, product,
					(product.lastMoveOn() != null) ? this.time.of(product.lastMoveOn()) : null));
		}
		String sectorPath = SitePaths.sector(sector.slug());
		String path = SitePaths.sector(sector.slug(), page);
		String title = sector.name() + " products ranked by velocity" + ((page > 1) ? " (page " + page + ")" : "");
		String description = sector.name() + ": " + sector.productCount() + " products ranked by release velocity"
				+ (ranked.isEmpty() ? "."
						: (page == 1) ? ", led by " + ranked.get(0).name() + " (" + ranked.get(0).velocity() + ")."
								: "; ranks " + (offset + 1) + " to " + (offset + ranked.size()) + ".");
		List<Crumb> crumbs = new ArrayList<>(List.of(PageMetas.home(), new Crumb("Sectors", SitePaths.sectors()),
				new Crumb(sector.name(), sectorPath)));
		if (page > 1) {
			crumbs.add(new Crumb("Page " + page, path));
		}
		PageMeta meta = this.metas.page(title, description, path, crumbs, null,
				List.of(new Link(sector.name() + ": activity feed", SitePaths.sectorFeed(sector.slug()))),
				this.metas.structuredData()
					.itemList(title,
							ranked.stream()
								.map((product) -> new Crumb(product.name(), SitePaths.product(product.slug())))
								.toList()));
		List<Link> comparisons = (page == 1)
				? this.comparisons.among(ranked.subList(0, Math.min(MOST_ACTIVE, ranked.size())), COMPARISONS)
				: List.of();
		return new SectorPage(meta, title, description, sector, entries, pagination, comparisons);
	}

}
