package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.catalog.NameSuggestion;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what readers type into comparisons: the "Compare with…" form, searches shaped
 * like "x vs y", and the names suggested while typing. One look-up per request, served by
 * the index on names.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonFinder {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	/** Longer than any product name. */
	private static final int MAX_NAME_LENGTH = 120;

	/** Suggestions offered for one prefix. */
	static final int SUGGESTIONS = 8;

	private final CatalogQueries catalog;

	ComparisonFinder(CatalogQueries catalog) {
		this.catalog = catalog;
	}

	/**
	 * The canonical compare path a search names, when it is shaped like a comparison and
	 * every name in it is a product (and the whole text is not itself one product's
	 * name).
	 */
	public Optional<String> pathForSearch(String text) {
		Optional<List<String>> names = ComparisonQuery.names(text);
		if (names.isEmpty()) {
			return Optional.empty();
		}
		List<String> forms = new ArrayList<>(ProductPicks.lookupForms(names.get()));
		forms.addAll(ProductPicks.lookupForms(List.of(text)));
		var candidates = this.catalog.productsNamed(forms);
		if (ProductPicks.match(List.of(text), candidates).complete()) {
			return Optional.empty();
		}
		ProductPicks picks = ProductPicks.match(names.get(), candidates);
		if (!picks.complete() || picks.products().size() < ComparePath.MIN_PRODUCTS) {
			return Optional.empty();
		}
		return Optional.of(path(picks));
	}

	/**
	 * Where the "Compare with…" form leads: the canonical compare page of the products
	 * already on the page ({@code with}, slugs) and those typed ({@code add}, names or
	 * slugs), or the form again saying what is wrong.
	 */
	public CompareStart start(List<String> with, List<String> add) {
		List<String> kept = with.stream()
			.map(ComparisonFinder::clean)
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
		List<String> typed = add.stream().map(ComparisonFinder::clean).filter((name) -> !name.isEmpty()).toList();
		List<String> all = new ArrayList<>(kept);
		all.addAll(typed);
		if (all.isEmpty()) {
			return CompareStart.form(List.of(), List.of(), null);
		}
		ProductPicks picks = ProductPicks.match(all, this.catalog.productsNamed(ProductPicks.lookupForms(all)));
		if (!picks.complete()) {
			return CompareStart.form(picks.products(), typed,
					"We could not find "
							+ String.join(" or ", picks.unknown().stream().map((name) -> "“" + name + "”").toList())
							+ " among the products we track. Check the spelling, or pick a suggestion.");
		}
		if (typed.isEmpty() || picks.products().size() < ComparePath.MIN_PRODUCTS) {
			return CompareStart.form(picks.products(), typed,
					typed.isEmpty() ? "Type the name of a product to compare with."
							: "Pick a different product: a comparison needs two.");
		}
		if (picks.products().size() > ComparePath.MAX_PRODUCTS) {
			return CompareStart.form(picks.products(), typed,
					"A comparison shows at most " + ComparePath.MAX_PRODUCTS + " products side by side.");
		}
		return CompareStart.redirect(path(picks));
	}

	/**
	 * Products whose name starts with what was typed, most active first.
	 */
	public List<NameSuggestion> suggestions(String typed) {
		String prefix = (typed == null) ? "" : typed.strip();
		if (prefix.isEmpty() || prefix.length() > 60) {
			return List.of();
		}
		return this.catalog.namesStartingWith(prefix, SUGGESTIONS);
	}

	/**
	 * A typed name as the database may be asked about it: control characters (PostgreSQL
	 * refuses NUL in text) as spaces, no longer than any name.
	 */
	private static String clean(String typed) {
		String text = CONTROL.matcher(typed).replaceAll(" ").strip();
		return (text.length() > MAX_NAME_LENGTH) ? text.substring(0, MAX_NAME_LENGTH) : text;
	}

	private static String path(ProductPicks picks) {
		return SitePaths.compare(picks.products().stream().map((product) -> product.slug()).toList());
	}

}
