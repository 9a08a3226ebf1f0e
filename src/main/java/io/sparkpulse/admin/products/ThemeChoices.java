package io.sparkpulse.admin.products;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.EditableTheme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a product form's themes against those that exist, so that a new theme is only
 * made when the editor asked for it.
 */
@Service
@Transactional(readOnly = true)
public class ThemeChoices {

	private final CatalogQueries queries;

	ThemeChoices(CatalogQueries queries) {
		this.queries = queries;
	}

	/**
	 * @param themesText the themes field as typed
	 * @param confirmed the new themes the editor ticked to create
	 */
	public NewThemes check(String themesText, List<String> confirmed) {
		Set<String> existing = new LinkedHashSet<>();
		for (EditableTheme theme : this.queries.editableThemes()) {
			existing.add(theme.slug());
		}
		return NewThemes.of(ThemeList.parse(themesText), existing, confirmed);
	}

}
