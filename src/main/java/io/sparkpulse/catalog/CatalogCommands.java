package io.sparkpulse.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	CatalogCommands(SectorRepository sectors, ProductRepository products, ThemeRepository themes, Clock clock,
			DataVersion dataVersion, JdbcClient jdbc, ApplicationEventPublisher events, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.events = events;
		this.dataVersion = dataVersion;
		this.sectors = sectors;
		this.products = products;
		this.themes = themes;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public long createSector(NewSector sector) {
		this.dataVersion.bump(DependencyKeys.SITE);
		return this.sectors.save(new Sector(sector.slug(), sector.name(), sector.description(), this.clock.instant()))
			.getId();
	}

	public long createProduct(NewProduct product) {
		Product created = new Product(product, product.sectorId(), this.clock.instant());
		created.rankThemes(themeIds(product.themeSlugs()));
		this.dataVersion.bump(DependencyKeys.sector(product.sectorId()));
		long id = this.products.save(created).getId();
		this.events.publishEvent(new SectorMembershipChanged(Set.of(product.sectorId())));
		return id;
	}

	/**
	 * Adds a product that no reader sees (its address answers 404) until
	 * {@link #publishProduct}.
	 */
	public long createDraftProduct(NewProduct product) {
		Product created = new Product(product, product.sectorId(), this.clock.instant());
		created.holdAsDraft(this.clock.instant());
		created.rankThemes(themeIds(product.themeSlugs()));
		return this.products.save(created).getId();
	}

	public void publishProduct(long id, long expectedVersion) {
		Product product = productAt(id, expectedVersion);
		product.publish(this.clock.instant());
		this.dataVersion.bump(DependencyKeys.product(id), DependencyKeys.sector(product.getSectorId()));
	}

	/**
	 * Reads a product for an edit and locks its row until the transaction ends, so that
	 * checking the version an editor started from and writing the change cannot
	 * interleave with another save. The read sees this transaction's own saves.
	 */
	public Optional<EditableProduct> lockProduct(long id) {
		return lock("product", id).flatMap((locked) -> EditableRows.product(this.jdbc, locked));
	}

	public void updateProduct(long id, long expectedVersion, ProductChanges changes) {
		Product product = productAt(id, expectedVersion);
		long previousSector = product.getSectorId();
		product.change(changes, this.clock.instant());
		product.rankThemes(themeIds(changes.themeSlugs()));
		// The sector too: lists drawn from its ranking show the product's name.
		this.dataVersion.bump(DependencyKeys.product(id), DependencyKeys.sector(previousSector),
				DependencyKeys.sector(changes.sectorId()));
		if (previousSector != changes.sectorId()) {
			this.events.publishEvent(new SectorMembershipChanged(Set.of(previousSector, changes.sectorId())));
		}
	}

	/**
	 * Hides a product from every public page; its URLs answer 410 Gone. Nothing is
	 * deleted.
	 */
	public void retireProduct(long id, long expectedVersion) {
		Product product = productAt(id, expectedVersion);
		product.retire(this.clock.instant());
		this.dataVersion.bump(DependencyKeys.product(id), DependencyKeys.sector(product.getSectorId()));
		this.events.publishEvent(new SectorMembershipChanged(Set.of(product.getSectorId())));
	}

	public void restoreProduct(long id, long expectedVersion) {
		Product product = productAt(id, expectedVersion);
		product.restore(this.clock.instant());
		this.dataVersion.bump(DependencyKeys.product(id), DependencyKeys.sector(product.getSectorId()));
		this.events.publishEvent(new SectorMembershipChanged(Set.of(product.getSectorId())));
	}

	public Optional<EditableSector> lockSector(long id) {
		return lock("sector", id).flatMap((locked) -> EditableRows.sector(this.jdbc, locked));
	}

	public void describeSector(long id, long expectedVersion, String name, String description) {
		Sector sector = this.sectors.findById(id).orElseThrow();
		expectVersion(Sector.class, id, sector.getVersion(), expectedVersion);
		sector.describe(name, description);
		this.dataVersion.bump(DependencyKeys.SITE);
	}

	public long createTheme(String slug, String name) {
		this.dataVersion.bump(DependencyKeys.SITE);
		return this.themes.save(new Theme(slug, name)).getId();
	}

	public Optional<EditableTheme> lockTheme(long id) {
		return lock("theme", id).flatMap((locked) -> EditableRows.theme(this.jdbc, locked));
	}

	public void renameTheme(long id, long expectedVersion, String slug, String name) {
		Theme theme = this.themes.findById(id).orElseThrow();
		expectVersion(Theme.class, id, theme.getVersion(), expectedVersion);
		theme.rename(slug, name);
		this.dataVersion.bump(DependencyKeys.SITE);
	}

	/**
	 * Folds theme {@code sourceId} into {@code targetId}: products that ranked the source
	 * rank the target in its place (or keep their own rank of the target if they had
	 * both), then the source is deleted. Ranks keep their order and may leave gaps. The
	 * products' versions move on, so a form opened before the merge cannot bring the old
	 * theme back unnoticed. Returns how many products were touched.
	 */
	public int mergeThemes(long sourceId, long targetId) {
		// Plain SQL beside the JPA edits: a merge rewrites every product that ranked the
		// theme in a few set-based statements, and runs alone in its transaction.
		List<Long> touched = this.jdbc.sql("""
				select p.id from product p
				where p.id in (select product_id from product_theme where theme_id = :source)
				for update
				""").param("source", sourceId).query(Long.class).list();
		this.jdbc.sql("""
				delete from product_theme s
				where s.theme_id = :source
				  and exists (select 1 from product_theme t where t.product_id = s.product_id and t.theme_id = :target)
				""").param("source", sourceId).param("target", targetId).update();
		this.jdbc.sql("update product_theme set theme_id = :target where theme_id = :source")
			.param("source", sourceId)
			.param("target", targetId)
			.update();
		if (!touched.isEmpty()) {
			this.jdbc.sql("update product set version = version + 1, updated_at = :now where id = any(:ids)")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("ids", touched.toArray(Long[]::new))
				.update();
		}
		this.jdbc.sql("delete from theme where id = :source").param("source", sourceId).update();
		this.dataVersion.bump(DependencyKeys.SITE);
		return touched.size();
	}

	/**
	 * Locks the row through the entity manager: JPA runs a native query only after
	 * writing what this transaction changed before it (auto flush), so the edit form's
	 * reads that follow in SQL see the entities as saved, new version included.
	 */
	private Optional<Long> lock(String table, long id) {
		List<?> locked = this.entityManager.createNativeQuery("select id from " + table + " where id = :id for update")
			.setParameter("id", id)
			.getResultList();
		return locked.stream().findFirst().map((found) -> ((Number) found).longValue());
	}

	private Product productAt(long id, long expectedVersion) {
		Product product = this.products.findById(id).orElseThrow();
		expectVersion(Product.class, id, product.getVersion(), expectedVersion);
		return product;
	}

	private static void expectVersion(Class<?> type, long id, long actual, long expected) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
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
