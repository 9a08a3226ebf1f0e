package io.sparkpulse.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "sector")
class Sector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Sector() {
	}

	Sector(String slug, String name, String description, Instant createdAt) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

}
