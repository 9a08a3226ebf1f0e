package io.sparkpulse.alternatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.catalog.ProductSummary;
import io.sparkpulse.catalog.SectorRef;
import io.sparkpulse.catalog.ShipRhythm;
import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	private long ids;

	@Test
	void theSameCategoryComesFirstWhateverTheVelocityOrThemes() {
		PeerProfile synapse = product("synapse", "Matrix homeserver", 5.0, null, null, "matrix", "federation",
				"security");
		PeerProfile dendrite = product("dendrite", "Matrix homeserver", 0.0, null, null, "go");
		PeerProfile element = product("element", "messenger", 5.0, null, null, "matrix", "federation", "security");
		List<Similarity.Match> ranked = rank(List.of(synapse), dendrite, element);
		assertThat(names(ranked)).containsExactly("dendrite", "element");
		assertThat(ranked.get(0).reason()).isEqualTo("also a Matrix homeserver");
	}

	@Test
	void aRareSharedThemeWeighsMoreThanACommonOne() {
		PeerProfile target = product("target", null, 1.0, null, null, "security", "federation");
		PeerProfile common = product("common", null, 4.0, null, null, "security");
		PeerProfile rare = product("rare", null, 0.0, null, null, "federation");
		PeerProfile filler1 = product("filler1", null, 0.0, null, null, "security");
		PeerProfile filler2 = product("filler2", null, 0.0, null, null, "security");
		List<Similarity.Match> ranked = rank(List.of(target), common, rare, filler1, filler2);
		assertThat(names(ranked).get(0)).isEqualTo("rare");
		assertThat(ranked.get(0).reason()).isEqualTo("shares federation");
	}

	@Test
	void sharedFactsOrderProductsWhoseThemesWeighAlikeButNeverOutweighATheme() {
		PeerProfile target = product("target", null, 1.0, Hosting.SELF_HOSTED, "AGPL-3.0-only", "chat");
		PeerProfile alike = product("alike", null, 0.0, Hosting.SELF_HOSTED, "GPL-3.0-only");
		PeerProfile unlike = product("unlike", null, 5.0, Hosting.HOSTED, "MIT");
		PeerProfile themed = product("themed", null, 0.0, Hosting.HOSTED, "MIT", "chat");
		List<Similarity.Match> ranked = rank(List.of(target), unlike, alike, themed);
		assertThat(names(ranked)).containsExactly("themed", "alike", "unlike");
		assertThat(ranked.get(1).reason()).isEqualTo("also self-hosted and under a copyleft licence");
	}

	@Test
	void velocityOnlyBreaksTies() {
		PeerProfile target = product("target", "team chat", 1.0, null, null, "chat");
		PeerProfile slow = product("slow", "team chat", 0.5, null, null, "chat");
		PeerProfile fast = product("fast", "team chat", 4.5, null, null, "chat");
		assertThat(names(rank(List.of(target), slow, fast))).containsExactly("fast", "slow");
	}

	@Test
	void reasonsNameOnlyWhatIsSharedAndStayEmptyWhenNothingIs() {
		PeerProfile target = product("target", "messenger", 1.0, Hosting.HOSTED, "GPL-3.0-only", "privacy");
		PeerProfile other = product("other", "video conferencing", 2.0, Hosting.SELF_HOSTED, "MIT", "webrtc");
		Similarity.Match match = rank(List.of(target), other).get(0);
		assertThat(match.reason()).isEmpty();
		assertThat(match.sharedThemes()).isEmpty();
		assertThat(match.sharedFacts()).isEmpty();
	}

	@Test
	void forSeveralTargetsFactsMustBeSharedWithAllOfThemAndCategoriesCountPerTarget() {
		PeerProfile session = product("session", "messenger", 0.0, Hosting.HOSTED, "GPL-3.0-only",
				"decentralized-messaging");
		PeerProfile synapse = product("synapse", "Matrix homeserver", 5.0, Hosting.SELF_HOSTED, "AGPL-3.0-only",
				"matrix");
		PeerProfile element = product("element", "messenger", 5.0, Hosting.BOTH, "AGPL-3.0-only", "matrix");
		PeerProfile jitsi = product("jitsi", "video conferencing", 3.0, Hosting.BOTH, "Apache-2.0", "webrtc");
		List<Similarity.Match> ranked = rank(List.of(session, synapse), jitsi, element);
		assertThat(names(ranked)).containsExactly("element", "jitsi");
		assertThat(ranked.get(0).sameCategory()).isEqualTo(1);
		assertThat(ranked.get(0).reason()).isEqualTo("also a messenger; shares matrix; also under a copyleft licence");
	}

	@Test
	void rarityIsHigherForThemesFewerProductsCarry() {
		Map<String, Integer> counts = Map.of("everywhere", 10, "rare", 1);
		assertThat(Similarity.rarity("everywhere", counts, 10)).isEqualTo(Math.log(2));
		assertThat(Similarity.rarity("rare", counts, 10)).isEqualTo(Math.log(11));
		assertThat(Similarity.FACT_WEIGHT * 3).isLessThan(Math.log(2));
	}

	@Test
	void theFirstFewAreTheFirstFewOfEveryCandidateDescribedAndSorted() {
		java.util.Random random = new java.util.Random(7);
		String[] categories = { "messenger", "Matrix homeserver", "database", null };
		String[] licences = { "MIT", "Apache-2.0", "GPL-3.0-only", "AGPL-3.0-or-later", null };
		String[] pool = { "matrix", "federation", "security", "sync", "search", "edge", "vector", "ai" };
		List<PeerProfile> all = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			List<String> themes = Arrays.stream(pool).filter((theme) -> random.nextInt(3) == 0).toList();
			all.add(product("p" + i, categories[random.nextInt(categories.length)], random.nextInt(11) / 2.0,
					(random.nextBoolean()) ? Hosting.values()[random.nextInt(Hosting.values().length)] : null,
					licences[random.nextInt(licences.length)], themes.toArray(String[]::new)));
		}
		Map<String, Integer> counts = new HashMap<>();
		all.forEach((p) -> p.themes().forEach((t) -> counts.merge(t, 1, Integer::sum)));
		for (List<PeerProfile> targets : List.of(all.subList(0, 1), all.subList(1, 3), all.subList(3, 6))) {
			List<PeerProfile> candidates = all.subList(6, all.size());
			List<Similarity.Match> everyOne = candidates.stream()
				.map((candidate) -> describedTheSlowWay(targets, candidate, counts, all.size()))
				.sorted(Comparator.comparingInt(Similarity.Match::sameCategory)
					.thenComparingDouble(Similarity.Match::score)
					.reversed()
					.thenComparing(Similarity.Match::profile, AlternativesService.VELOCITY))
				.toList();
			for (int limit : List.of(1, 3, 6, 50, 394, 1000)) {
				assertThat(
						Similarity.rank(targets, candidates, counts, all.size(), AlternativesService.VELOCITY, limit))
					.as("the first %d for %d targets", limit, targets.size())
					.isEqualTo(everyOne.subList(0, Math.min(limit, everyOne.size())));
			}
		}
	}

	/**
	 * Every candidate weighed and described on its own, as ranking did before it kept
	 * only the first few.
	 */
	private static Similarity.Match describedTheSlowWay(List<PeerProfile> targets, PeerProfile candidate,
			Map<String, Integer> counts, int population) {
		String category = (candidate.facts().category() != null) ? candidate.facts().category().strip() : null;
		int sameCategory = 0;
		double themeWeight = 0;
		double factWeight = 0;
		java.util.Set<String> shared = new java.util.LinkedHashSet<>();
		for (PeerProfile target : targets) {
			String theirs = (target.facts().category() != null) ? target.facts().category().strip() : "";
			if (category != null && category.equalsIgnoreCase(theirs)) {
				sameCategory++;
			}
			for (String theme : target.themes()) {
				if (candidate.themes().contains(theme)) {
					shared.add(theme);
					themeWeight += Similarity.rarity(theme, counts, population);
				}
			}
			factWeight += Similarity.FACT_WEIGHT * Similarity.sharedFacts(List.of(target), candidate).size();
		}
		List<String> themes = shared.stream()
			.sorted(Comparator.comparingDouble((String theme) -> Similarity.rarity(theme, counts, population))
				.reversed())
			.toList();
		List<String> facts = Similarity.sharedFacts(targets, candidate);
		return new Similarity.Match(candidate, sameCategory, (themeWeight + factWeight) / targets.size(), themes, facts,
				Similarity.reason((sameCategory > 0) ? category : null, themes, facts));
	}

	private List<Similarity.Match> rank(List<PeerProfile> targets, PeerProfile... candidates) {
		Map<String, Integer> counts = new HashMap<>();
		List<PeerProfile> all = new java.util.ArrayList<>(targets);
		all.addAll(Arrays.asList(candidates));
		all.forEach((p) -> p.themes().forEach((t) -> counts.merge(t, 1, Integer::sum)));
		return Similarity.rank(targets, List.of(candidates), counts, all.size(), AlternativesService.VELOCITY);
	}

	private static List<String> names(List<Similarity.Match> matches) {
		return matches.stream().map((m) -> m.profile().product().slug()).toList();
	}

	private PeerProfile product(String slug, String category, double velocity, Hosting hosting, String licence,
			String... themes) {
		long id = ++this.ids;
		ProductSummary summary = new ProductSummary(id, slug, slug, slug, "", null, null, new SectorRef(1, "s", "S"),
				BigDecimal.valueOf(velocity).setScale(1), 0, DAY, false, List.of(themes),
				new ShipRhythm(null, null, null, null, null, null, null, null));
		ProductFacts facts = new ProductFacts(id, category,
				(licence != null) ? new Sourced<>(new Licence(licence), "https://example.org", DAY) : null,
				(hosting != null) ? new Sourced<>(hosting, "https://example.org", DAY) : null, null, null, null, null,
				null, 1);
		return new PeerProfile(summary, facts);
	}

}
