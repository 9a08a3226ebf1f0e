package io.sparkpulse.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "product")
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "sector_id", nullable = false)
	private long sectorId;

	@Column(nullable = false)
	private String headline;

	@Column(nullable = false)
	private String summary;

	@Column(name = "website_url")
	private String websiteUrl;

	@Column(name = "repository_url")
	private String repositoryUrl;

	@Column(name = "retired_at")
	private Instant retiredAt;

	/** Not published yet: hidden like a retired product, but never public before. */
	@Column(nullable = false)
	private boolean draft;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Ranked themes: position 0 is rank 1. Loaded only when a write needs them. */
	@ElementCollection
	@CollectionTable(name = "product_theme", joinColumns = @JoinColumn(name = "product_id"))
	private List<RankedTheme> themes = new ArrayList<>();

	protected Product() {
	}

	Product(NewProduct product, long sectorId, Instant now) {
		this.slug = product.slug();
		this.name = product.name();
		this.sectorId = sectorId;
		this.headline = product.headline();
		this.summary = (product.summary() != null) ? product.summary() : "";
		this.websiteUrl = product.websiteUrl();
		this.repositoryUrl = product.repositoryUrl();
		this.createdAt = now;
		this.updatedAt = now;
	}

	long getSectorId() {
		return this.sectorId;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	void change(ProductChanges changes, Instant now) {
		this.name = changes.name();
		this.sectorId = changes.sectorId();
		this.headline = changes.headline();
		this.summary = (changes.summary() != null) ? changes.summary() : "";
		this.websiteUrl = changes.websiteUrl();
		this.repositoryUrl = changes.repositoryUrl();
		this.updatedAt = now;
	}

	void retire(Instant now) {
		this.retiredAt = now;
		this.updatedAt = now;
	}

	/**
	 * Keeps a new product off the public pages until an editor publishes it.
	 */
	void holdAsDraft(Instant now) {
		this.draft = true;
		this.retiredAt = now;
	}

	void publish(Instant now) {
		this.draft = false;
		this.retiredAt = null;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		this.retiredAt = null;
		this.updatedAt = now;
	}

	void rankThemes(List<Long> themeIds) {
		this.themes.clear();
		for (int i = 0; i < themeIds.size(); i++) {
			this.themes.add(new RankedTheme(themeIds.get(i), (short) (i + 1)));
		}
	}

}
