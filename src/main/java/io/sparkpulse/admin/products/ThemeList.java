package io.sparkpulse.admin.products;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sparkpulse.web.Slugs;

/**
 * A product's themes as an editor types them: slugs separated by commas or new lines,
 * most important first.
 */
final class ThemeList {

	static final int MAX_THEMES = 20;

	private ThemeList() {
	}

	static List<String> parse(String text) {
		List<String> slugs = new ArrayList<>();
		if (text != null) {
			for (String part : text.split("[,\\n\\r]+")) {
				if (!part.isBlank()) {
					slugs.add(part.strip());
				}
			}
		}
		return slugs;
	}

	/**
	 * Why the list cannot be saved, or nothing.
	 */
	static Optional<String> problem(List<String> slugs) {
		List<String> malformed = slugs.stream().filter((slug) -> !Slugs.isWellFormed(slug)).toList();
		if (!malformed.isEmpty()) {
			return Optional.of("Theme slugs use lower-case letters, digits and single dashes; check: "
					+ String.join(", ", malformed) + ".");
		}
		Set<String> seen = new LinkedHashSet<>();
		List<String> repeated = slugs.stream().filter((slug) -> !seen.add(slug)).distinct().toList();
		if (!repeated.isEmpty()) {
			return Optional.of("Each theme may appear once; listed twice: " + String.join(", ", repeated) + ".");
		}
		if (slugs.size() > MAX_THEMES) {
			return Optional.of("Rank at most " + MAX_THEMES + " themes (" + slugs.size() + " given).");
		}
		return Optional.empty();
	}

	static String format(List<String> slugs) {
		return String.join("\n", slugs);
	}

}
