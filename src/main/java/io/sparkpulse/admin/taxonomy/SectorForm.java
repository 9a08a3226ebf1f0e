package io.sparkpulse.admin.taxonomy;

import io.sparkpulse.admin.web.VersionedForm;
import io.sparkpulse.catalog.EditableSector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The sector form. The slug is only read when a sector is created (empty: derived from
 * the name); it is part of the sector's public URL and never changes afterwards.
 */
public class SectorForm extends VersionedForm {

	@Size(max = 60, message = "Slug: keep this to 60 characters.")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
			message = "Slug: use lower-case letters, digits and single dashes, like “web-frameworks”.")
	private String slug;

	@NotBlank(message = "Name: enter the sector’s name.")
	@Size(max = 80, message = "Name: keep this to 80 characters.")
	private String name;

	@Size(max = 1000, message = "Description: keep this to 1,000 characters.")
	private String description;

	static SectorForm of(EditableSector sector) {
		SectorForm form = new SectorForm();
		form.slug = sector.slug();
		form.name = sector.name();
		form.description = sector.description();
		form.setVersion(sector.version());
		return form;
	}

	String descriptionOrEmpty() {
		return (this.description != null) ? this.description : "";
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
