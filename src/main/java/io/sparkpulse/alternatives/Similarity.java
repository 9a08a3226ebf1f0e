package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;

/**
 * Ranks candidates by how much they have in common with one or more products: the same
 * category first, then the themes they share, each weighted by how rare it is among the
 * candidates' sector (a theme every product has says little), then shared facts (hosting,
 * licence family, platforms). Velocity only breaks ties. Every reason names what is
 * shared, never a difference. Pure: the caller brings the profiles.
 */
public final class Similarity {

	/**
	 * What a shared fact adds: less than the commonest shared theme can ({@code ln 2}),
	 * even with all three facts shared, so facts only order products whose themes weigh
	 * alike.
	 */
	static final double FACT_WEIGHT = 0.2;

	private static final int REASON_THEMES = 3;

	private Similarity() {
	}

	/**
	 * The candidates, most similar to {@code targets} first.
	 * @param targets the products alternatives are sought for (one, or the compared ones)
	 * @param candidates the products to rank (never the targets themselves)
	 * @param themeCounts how many products of the population carry each theme
	 * @param population how many products the counts were taken over
	 * @param ties the order among equally similar candidates (velocity ranking)
	 */
	public static List<Match> rank(List<PeerProfile> targets, Collection<PeerProfile> candidates,
			Map<String, Integer> themeCounts, int population, Comparator<PeerProfile> ties) {
		List<Match> matches = new ArrayList<>(candidates.size());
		for (PeerProfile candidate : candidates) {
			matches.add(match(targets, candidate, themeCounts, population));
		}
		Comparator<Match> order = Comparator.comparingInt(Match::sameCategory)
			.thenComparingDouble(Match::score)
			.reversed()
			.thenComparing(Match::profile, ties);
		matches.sort(order);
		return matches;
	}

	/**
	 * How rare a theme is: {@code ln(1 + population / count)}, so a theme on every
	 * product weighs {@code ln 2} and one on a tenth of them {@code ln 11}.
	 */
	static double rarity(String theme, Map<String, Integer> themeCounts, int population) {
		int count = Math.max(1, themeCounts.getOrDefault(theme, 1));
		return Math.log(1.0 + (double) Math.max(population, count) / count);
	}

	static Match match(List<PeerProfile> targets, PeerProfile candidate, Map<String, Integer> themeCounts,
			int population) {
		String category = category(candidate.facts());
		int sameCategory = 0;
		Set<String> shared = new LinkedHashSet<>();
		double themeWeight = 0;
		double factWeight = 0;
		for (PeerProfile target : targets) {
			if (category != null
					&& category.equalsIgnoreCase(Objects.requireNonNullElse(category(target.facts()), ""))) {
				sameCategory++;
			}
			for (String theme : target.themes()) {
				if (candidate.themes().contains(theme)) {
					shared.add(theme);
					themeWeight += rarity(theme, themeCounts, population);
				}
			}
			factWeight += FACT_WEIGHT * sharedFacts(List.of(target), candidate).size();
		}
		List<String> themes = shared.stream()
			.sorted(Comparator.comparingDouble((String theme) -> rarity(theme, themeCounts, population)).reversed())
			.toList();
		List<String> facts = sharedFacts(targets, candidate);
		double score = (themeWeight + factWeight) / targets.size();
		return new Match(candidate, sameCategory, score, themes, facts,
				reason((sameCategory > 0) ? category : null, themes, facts));
	}

	/**
	 * The facts the candidate shares with every target, as phrases ("self-hosted", "under
	 * a copyleft licence", "on Linux and Android").
	 */
	static List<String> sharedFacts(List<PeerProfile> targets, PeerProfile candidate) {
		List<String> facts = new ArrayList<>();
		Hosting hosting = value(candidate.facts().hosting());
		if (hosting != null && targets.stream().allMatch((t) -> hosting == value(t.facts().hosting()))) {
			facts.add(switch (hosting) {
				case SELF_HOSTED -> "self-hosted";
				case HOSTED -> "a hosted service";
				case BOTH -> "self-hosted or hosted";
			});
		}
		Licence licence = value(candidate.facts().licence());
		if (licence != null && targets.stream()
			.allMatch((t) -> value(t.facts().licence()) != null
					&& value(t.facts().licence()).family() == licence.family())) {
			facts.add("under " + licence.family().phrase());
		}
		List<String> platforms = value(candidate.facts().platforms());
		if (platforms != null) {
			List<String> common = platforms.stream()
				.filter((platform) -> targets.stream()
					.allMatch((t) -> value(t.facts().platforms()) != null
							&& value(t.facts().platforms()).stream().anyMatch(platform::equalsIgnoreCase)))
				.toList();
			if (!common.isEmpty()) {
				facts.add("on " + phrase(common));
			}
		}
		return facts;
	}

	/**
	 * "also a Matrix homeserver; shares matrix, federation; also self-hosted and under a
	 * copyleft licence", from whatever is shared; empty when nothing is.
	 */
	static String reason(String category, List<String> themes, List<String> facts) {
		List<String> parts = new ArrayList<>();
		if (category != null) {
			parts.add("also " + article(category) + " " + category);
		}
		if (!themes.isEmpty()) {
			parts.add("shares " + String.join(", ", themes.subList(0, Math.min(REASON_THEMES, themes.size()))));
		}
		if (!facts.isEmpty()) {
			parts.add("also " + phrase(facts));
		}
		return String.join("; ", parts);
	}

	static String article(String noun) {
		char first = Character.toLowerCase(noun.charAt(0));
		return ("aeiou".indexOf(first) >= 0) ? "an" : "a";
	}

	private static String phrase(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private static String category(ProductFacts facts) {
		return (facts.category() != null) ? facts.category().strip() : null;
	}

	private static <T> T value(Sourced<T> fact) {
		return (fact != null) ? fact.value() : null;
	}

	/**
	 * One ranked candidate.
	 *
	 * @param sameCategory how many of the targets share its category
	 * @param score shared themes by rarity plus shared facts, averaged over the targets
	 * @param sharedThemes the themes it shares with any target, rarest first
	 * @param sharedFacts the facts it shares with every target, as phrases
	 * @param reason what it shares, as a phrase; empty when it shares nothing but the
	 * sector
	 */
	public record Match(PeerProfile profile, int sameCategory, double score, List<String> sharedThemes,
			List<String> sharedFacts, String reason) {
	}

}
