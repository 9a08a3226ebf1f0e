package io.sparkpulse.alternatives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
		return rank(targets, candidates, themeCounts, population, ties, Integer.MAX_VALUE);
	}

	/**
	 * The {@code limit} candidates most similar to {@code targets}, most similar first:
	 * the first {@code limit} of {@link #rank(List, Collection, Map, int, Comparator)}.
	 * <p>
	 * A page asks for a handful out of a sector's hundreds of products, several times:
	 * every candidate gets only its place (category and weight, no strings), the few kept
	 * are then described (shared themes, facts and the reason). Describing every
	 * candidate and sorting them all was a fifth of a compare page's Java time on a
	 * sector of 500.
	 */
	public static List<Match> rank(List<PeerProfile> targets, Collection<PeerProfile> candidates,
			Map<String, Integer> themeCounts, int population, Comparator<PeerProfile> ties, int limit) {
		if (limit <= 0 || candidates.isEmpty()) {
			return List.of();
		}
		Targets measured = new Targets(targets, themeCounts, population);
		Comparator<Place> order = Comparator.comparingInt(Place::sameCategory)
			.thenComparingDouble(Place::score)
			.reversed()
			.thenComparing(Place::profile, ties);
		List<Place> kept = new ArrayList<>(Math.min(limit, candidates.size()) + 1);
		for (PeerProfile candidate : candidates) {
			Place place = measured.place(candidate);
			if (kept.size() == limit && order.compare(place, kept.get(limit - 1)) >= 0) {
				continue;
			}
			int at = Collections.binarySearch(kept, place, order);
			kept.add((at < 0) ? -at - 1 : at, place);
			if (kept.size() > limit) {
				kept.remove(limit);
			}
		}
		List<Match> matches = new ArrayList<>(kept.size());
		for (Place place : kept) {
			matches.add(describe(targets, place, themeCounts, population));
		}
		return matches;
	}

	/**
	 * These candidates described, in the order given.
	 */
	public static List<Match> describe(List<PeerProfile> targets, List<PeerProfile> candidates,
			Map<String, Integer> themeCounts, int population) {
		Targets measured = new Targets(targets, themeCounts, population);
		List<Match> matches = new ArrayList<>(candidates.size());
		for (PeerProfile candidate : candidates) {
			matches.add(describe(targets, measured.place(candidate), themeCounts, population));
		}
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
		return describe(targets, new Targets(targets, themeCounts, population).place(candidate), themeCounts,
				population);
	}

	private static Match describe(List<PeerProfile> targets, Place place, Map<String, Integer> themeCounts,
			int population) {
		PeerProfile candidate = place.profile();
		Set<String> shared = new LinkedHashSet<>();
		for (PeerProfile target : targets) {
			for (String theme : target.themes()) {
				if (candidate.themes().contains(theme)) {
					shared.add(theme);
				}
			}
		}
		List<String> themes = shared.stream()
			.sorted(Comparator.comparingDouble((String theme) -> rarity(theme, themeCounts, population)).reversed())
			.toList();
		List<String> facts = sharedFacts(targets, candidate);
		String category = category(candidate.facts());
		return new Match(candidate, place.sameCategory(), place.score(), themes, facts,
				reason((place.sameCategory() > 0) ? category : null, themes, facts));
	}

	/**
	 * How many facts a candidate shares with one target: what {@link #sharedFacts} finds
	 * for that target alone, counted without writing the phrases.
	 */
	private static int sharedFactCount(PeerProfile target, PeerProfile candidate) {
		int count = 0;
		Hosting hosting = value(candidate.facts().hosting());
		if (hosting != null && hosting == value(target.facts().hosting())) {
			count++;
		}
		Licence licence = value(candidate.facts().licence());
		Licence theirs = value(target.facts().licence());
		if (licence != null && theirs != null && theirs.family() == licence.family()) {
			count++;
		}
		List<String> platforms = value(candidate.facts().platforms());
		List<String> their = value(target.facts().platforms());
		if (platforms != null && their != null) {
			for (String platform : platforms) {
				if (their.stream().anyMatch(platform::equalsIgnoreCase)) {
					count++;
					break;
				}
			}
		}
		return count;
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
	 * The targets with what every candidate is weighed against worked out once: their
	 * categories and the rarity of each of their themes.
	 */
	private static final class Targets {

		private final List<PeerProfile> targets;

		private final String[] categories;

		private final double[][] rarities;

		Targets(List<PeerProfile> targets, Map<String, Integer> themeCounts, int population) {
			this.targets = targets;
			this.categories = new String[targets.size()];
			this.rarities = new double[targets.size()][];
			for (int t = 0; t < targets.size(); t++) {
				PeerProfile target = targets.get(t);
				this.categories[t] = Objects.requireNonNullElse(category(target.facts()), "");
				List<String> themes = target.themes();
				this.rarities[t] = new double[themes.size()];
				for (int i = 0; i < themes.size(); i++) {
					this.rarities[t][i] = rarity(themes.get(i), themeCounts, population);
				}
			}
		}

		/**
		 * The candidate's category matches and weight, summed in the same order as
		 * always, so equal candidates weigh exactly alike.
		 */
		Place place(PeerProfile candidate) {
			String category = category(candidate.facts());
			int sameCategory = 0;
			double themeWeight = 0;
			double factWeight = 0;
			List<String> candidateThemes = candidate.themes();
			for (int t = 0; t < this.targets.size(); t++) {
				PeerProfile target = this.targets.get(t);
				if (category != null && category.equalsIgnoreCase(this.categories[t])) {
					sameCategory++;
				}
				List<String> themes = target.themes();
				for (int i = 0; i < themes.size(); i++) {
					if (candidateThemes.contains(themes.get(i))) {
						themeWeight += this.rarities[t][i];
					}
				}
				factWeight += FACT_WEIGHT * sharedFactCount(target, candidate);
			}
			return new Place(candidate, sameCategory, (themeWeight + factWeight) / this.targets.size());
		}

	}

	private record Place(PeerProfile profile, int sameCategory, double score) {
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
