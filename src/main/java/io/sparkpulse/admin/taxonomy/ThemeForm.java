package io.sparkpulse.admin.taxonomy;

import io.sparkpulse.admin.web.VersionedForm;
import io.sparkpulse.catalog.EditableTheme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The theme form. Pages show a theme by its slug, so renaming a theme may change both; a
 * new theme's slug may be left empty to derive it from the name.
 */
public class ThemeForm extends VersionedForm {

	@Size(max = 60, message = "Slug: keep this to 60 characters.")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
			message = "Slug: use lower-case letters, digits and single dashes, like “sliding-sync”.")
	private String slug;

	@NotBlank(message = "Name: enter the theme’s name.")
	@Size(max = 80, message = "Name: keep this to 80 characters.")
	private String name;

	static ThemeForm of(EditableTheme theme) {
		ThemeForm form = new ThemeForm();
		form.slug = theme.slug();
		form.name = theme.name();
		form.setVersion(theme.version());
		return form;
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

}
