package io.sparkpulse.admin.products;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.taxonomy.ThemeNames;
import io.sparkpulse.web.Slugs;

/**
 * The themes in a product form that do not exist yet. Saving makes them, so each must be
 * asked for: the form shows a "create new theme" box for every one, with the existing
 * themes it nearly duplicates, and refuses the save until each box is ticked.
 *
 * @param themes the new themes in the order they were typed
 */
public record NewThemes(List<NewTheme> themes) {

	public static final NewThemes NONE = new NewThemes(List.of());

	/**
	 * @param similar existing themes this one nearly duplicates
	 * @param confirmed whether the editor ticked "create new theme" for it
	 */
	public record NewTheme(String slug, List<String> similar, boolean confirmed) {
	}

	/**
	 * @param typed the slugs in the form, most important first
	 * @param existing every theme slug there is
	 * @param confirmed the slugs the editor agreed to create
	 */
	static NewThemes of(List<String> typed, Set<String> existing, Collection<String> confirmed) {
		List<NewTheme> themes = new ArrayList<>();
		for (String slug : typed.stream().distinct().toList()) {
			if (!existing.contains(slug) && Slugs.isWellFormed(slug)) {
				themes.add(new NewTheme(slug, ThemeNames.similar(slug, existing),
						confirmed != null && confirmed.contains(slug)));
			}
		}
		return new NewThemes(List.copyOf(themes));
	}

	/**
	 * The refusal to save while a new theme is not confirmed, naming the near-duplicates.
	 */
	Optional<Outcome.Rejected> problem() {
		List<NewTheme> unconfirmed = this.themes.stream().filter((theme) -> !theme.confirmed()).toList();
		if (unconfirmed.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder message = new StringBuilder("Themes: ");
		for (NewTheme theme : unconfirmed) {
			message.append("“").append(theme.slug()).append("” is not a theme yet");
			if (!theme.similar().isEmpty()) {
				message.append(" (close to ").append(String.join(", ", theme.similar())).append(")");
			}
			message.append("; ");
		}
		message
			.append(unconfirmed.size() == 1 ? "tick “Create new theme” below to make it"
					: "tick “Create new theme” below for each to make them")
			.append(", or use an existing theme instead.");
		return Optional.of(Outcome.rejected("themes", message.toString()));
	}

	/**
	 * {@code problems} with this one added at the end, if there is one.
	 */
	List<Outcome.Rejected> addTo(List<Outcome.Rejected> problems) {
		List<Outcome.Rejected> all = new ArrayList<>(problems);
		problem().ifPresent(all::add);
		return all;
	}

}
