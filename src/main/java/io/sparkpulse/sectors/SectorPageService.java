package io.sparkpulse.sectors;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorSummary;
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

	SectorPageService(CatalogQueries catalog, RelativeTime time) {
		this.catalog = catalog;
		this.time = time;
	}

	public List<SectorSummary> sectors() {
		return this.catalog.sectors();
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
				+ (ranked.isEmpty() ? "." : ", led by " + ranked.get(0).name() + " (" + ranked.get(0).velocity() + ").");
		return new SectorPage("/sectors/" + sector.slug(), sector.name() + " products ranked by velocity", description,
				sector, entries);
	}

}
