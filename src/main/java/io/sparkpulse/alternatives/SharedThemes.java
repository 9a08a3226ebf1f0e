package io.sparkpulse.alternatives;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why two products are alternatives: the themes both ship around, in the first product's
 * rank order.
 */
public final class SharedThemes {

	private SharedThemes() {
	}

	public static List<String> between(List<String> first, List<String> second) {
		Set<String> others = new HashSet<>(second);
		return first.stream().filter(others::contains).toList();
	}

}
