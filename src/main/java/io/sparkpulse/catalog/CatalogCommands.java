package io.sparkpulse.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.freshness.DataVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes sectors and products.
 */
@Service
@Transactional
public class CatalogCommands {

	private final SectorRepository sectors;

	private final ProductRepository products;

	private final ThemeRepository themes;

	private final Clock clock;

	private final DataVersion dataVersion;

	CatalogCommands(SectorRepository sectors, ProductRepository products, ThemeRepository themes, Clock clock,
			DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.sectors = sectors;
		this.products = products;
		this.themes = themes;
		this.clock = clock;
	}

	public long createSector(NewSector sector) {
		this.dataVersion.bump();
		return this.sectors.save(new Sector(sector.slug(), sector.name(), sector.description(), this.clock.instant()))
			.getId();
	}

	public long createProduct(NewProduct product) {
		Product created = new Product(product, product.sectorId(), this.clock.instant());
		created.rankThemes(themeIds(product.themeSlugs()));
		this.dataVersion.bump();
		return this.products.save(created).getId();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.products.count() == 0 && this.sectors.count() == 0;
	}

	private List<Long> themeIds(List<String> slugs) {
		Map<String, Theme> known = this.themes.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Theme::getSlug, Function.identity()));
		List<Long> ids = new ArrayList<>(slugs.size());
		for (String slug : slugs) {
			Theme theme = known.computeIfAbsent(slug, (missing) -> this.themes.save(new Theme(missing, missing)));
			ids.add(theme.getId());
		}
		return ids;
	}

}
