package io.sparkpulse.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "theme")
class Theme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Version
	private long version;

	protected Theme() {
	}

	Theme(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	long getVersion() {
		return this.version;
	}

	void rename(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

}
