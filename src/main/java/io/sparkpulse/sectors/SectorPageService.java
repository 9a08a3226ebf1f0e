package io.sparkpulse.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
import io.sparkpulse.feeds.FeedLinks;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.Link;
import io.sparkpulse.web.NotFoundException;
import io.sparkpulse.web.RelativeTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SectorPageService {

	static final int MAX_PRODUCTS = 200;

	private final CatalogQueries catalog;

	private final RelativeTime time;

	private final PageMetas metas;

	SectorPageService(CatalogQueries catalog, RelativeTime time, PageMetas metas) {
		this.catalog = catalog;
		this.time = time;
		this.metas = metas;
	}

	public SectorsPage sectors() {
		List<SectorSummary> sectors = this.catalog.sectors();
		String description = sectors.size() + " sectors of tech products tracked by Sparkpulse: "
				+ sectors.stream().map(SectorSummary::name).collect(Collectors.joining(", ")) + ".";
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", "/sectors"));
		PageMeta meta = this.metas.page("Sectors", description, "/sectors", crumbs, null, List.of(), this.metas
			.structuredData()
			.itemList("Sectors",
					sectors.stream().map((sector) -> new Crumb(sector.name(), "/sectors/" + sector.slug())).toList()));
		return new SectorsPage(meta, sectors);
	}

	public SectorPage page(String slug) {
		SectorSummary sector = this.catalog.sector(slug).orElseThrow(() -> new NotFoundException("sector " + slug));
		List<ProductSummary> ranked = this.catalog.rankedInSectors(List.of(sector.id()), List.of(), MAX_PRODUCTS);
		List<SectorPage.Entry> entries = new ArrayList<>(ranked.size());
		for (ProductSummary product : ranked) {
			entries.add(new SectorPage.Entry(entries.size() + 1, product,
					(product.lastMoveOn() != null) ? this.time.of(product.lastMoveOn()) : null));
		}
		String description = sector.name() + ": " + ranked.size() + " products ranked by release velocity"
				+ (ranked.isEmpty() ? "."
						: ", led by " + ranked.get(0).name() + " (" + ranked.get(0).velocity() + ").");
		String path = "/sectors/" + sector.slug();
		String title = sector.name() + " products ranked by velocity";
		List<Crumb> crumbs = List.of(PageMetas.home(), new Crumb("Sectors", "/sectors"),
				new Crumb(sector.name(), path));
		PageMeta meta = this.metas.page(title, description, path, crumbs, null,
				List.of(new Link(sector.name() + ": activity feed", FeedLinks.sector(sector.slug()))),
				this.metas.structuredData()
					.itemList(title,
							ranked.stream()
								.map((product) -> new Crumb(product.name(), "/products/" + product.slug()))
								.toList()));
		return new SectorPage(meta, title, description, sector, entries);
	}

}
