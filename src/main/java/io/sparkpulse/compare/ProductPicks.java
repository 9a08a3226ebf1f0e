package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sparkpulse.catalog.ProductSummary;

/**
 * Names typed by a reader, matched to products: each name is a product whose name equals
 * it (ignoring case and surrounding spaces) or whose slug equals it or the slug-like form
 * of it ("Grafana Loki" → {@code grafana-loki}). A name that matches nothing, or several
 * products, is unknown.
 *
 * @param products the products found, in the order their names were given, each once
 * @param unknown the names that name no single product, as given
 */
record ProductPicks(List<ProductSummary> products, List<String> unknown) {

	/** The forms of a name to look up: as typed (lower case), and as a slug. */
	static List<String> lookupForms(List<String> names) {
		List<String> forms = new ArrayList<>();
		for (String name : names) {
			String lower = name.strip().toLowerCase(Locale.ROOT);
			forms.add(lower);
			forms.add(slugLike(lower));
		}
		return forms;
	}

	static ProductPicks match(List<String> names, List<ProductSummary> candidates) {
		Map<Long, ProductSummary> picked = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			String lower = name.strip().toLowerCase(Locale.ROOT);
			String slug = slugLike(lower);
			List<ProductSummary> bySlug = candidates.stream()
				.filter((product) -> product.slug().equals(lower) || product.slug().equals(slug))
				.toList();
			List<ProductSummary> byName = candidates.stream()
				.filter((product) -> product.name().toLowerCase(Locale.ROOT).equals(lower))
				.toList();
			List<ProductSummary> matches = (byName.size() == 1) ? byName : bySlug;
			if (matches.size() == 1) {
				picked.putIfAbsent(matches.get(0).id(), matches.get(0));
			}
			else {
				unknown.add(name.strip());
			}
		}
		return new ProductPicks(List.copyOf(picked.values()), List.copyOf(unknown));
	}

	boolean complete() {
		return this.unknown.isEmpty();
	}

	/**
	 * Lower case, every run of characters other than letters and digits as one dash.
	 */
	static String slugLike(String lower) {
		return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
