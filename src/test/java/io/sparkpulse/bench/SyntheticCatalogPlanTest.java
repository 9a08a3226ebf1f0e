package io.sparkpulse.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.web.Slugs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SyntheticCatalogPlanTest {

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	@Test
	void activityItemsAddUpExactlyToTheRequestedTotal() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(1_000, 100_000, 6, NOW);
		assertThat(plan.products()).hasSize(1_000);
		assertThat(plan.products().stream().mapToLong(SyntheticCatalogPlan.Product::activityCount).sum())
			.isEqualTo(100_000);
		long[] delivered = new long[1];
		plan.forEachActivity((item) -> delivered[0]++);
		assertThat(delivered[0]).isEqualTo(100_000);
	}

	@Test
	void slugsAreUniqueAndWellFormedForAHundredThousandProducts() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(100_000, 0, 6, NOW);
		Set<String> slugs = new HashSet<>();
		List<SyntheticCatalogPlan.Product> misfits = new ArrayList<>();
		for (SyntheticCatalogPlan.Product product : plan.products()) {
			if (!Slugs.isWellFormed(product.slug()) || product.slug().contains("-vs-") || product.name().length() > 80
					|| product.headline().length() > 160) {
				misfits.add(product);
			}
			slugs.add(product.slug());
		}
		assertThat(misfits).isEmpty();
		assertThat(slugs).hasSize(100_000);
		assertThat(plan.sectors()).hasSize(20)
			.allSatisfy((sector) -> assertThat(Slugs.isWellFormed(sector.slug())).isTrue());
		assertThat(plan.themes()).hasSize(SyntheticCatalogPlan.THEMES)
			.allSatisfy((theme) -> assertThat(Slugs.isWellFormed(theme.slug())).isTrue());
		assertThat(plan.themes().stream().map(SyntheticCatalogPlan.Theme::slug).distinct())
			.hasSize(SyntheticCatalogPlan.THEMES);
	}

	@Test
	void theSameSeedGivesTheSameCatalogAndAnotherSeedAnother() {
		assertThat(firstItems(SyntheticCatalogPlan.of(500, 20_000, 6, NOW)))
			.isEqualTo(firstItems(SyntheticCatalogPlan.of(500, 20_000, 6, NOW)))
			.isNotEqualTo(firstItems(SyntheticCatalogPlan.of(500, 20_000, 7, NOW)));
		assertThat(SyntheticCatalogPlan.of(500, 20_000, 6, NOW).products())
			.isEqualTo(SyntheticCatalogPlan.of(500, 20_000, 6, NOW).products());
	}

	@Test
	void aFewProductsAreVeryActiveAndMostAreQuiet() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(10_000, 500_000, 6, NOW);
		int[] counts = plan.products()
			.stream()
			.mapToInt(SyntheticCatalogPlan.Product::activityCount)
			.sorted()
			.toArray();
		long topPercent = Arrays.stream(counts, counts.length - 100, counts.length).sum();
		assertThat(topPercent).isGreaterThan(500_000 / 10);
		assertThat(counts[counts.length / 2]).isLessThan(50 / 2);
		assertThat(counts[counts.length - 1]).isGreaterThan(50 * 50);
		assertThat(plan.products().stream().filter((product) -> product.lastDaysAgo() > 0).count()).isBetween(3_000L,
				5_000L);
	}

	@Test
	void movesAreDatedOverTwoYearsUpToTodayOldestFirstInRealisticProportions() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(1_000, 100_000, 6, NOW);
		Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
		List<LocalDate> dates = new ArrayList<>();
		int[] sparks = new int[1];
		List<SyntheticCatalogPlan.Activity> misfits = new ArrayList<>();
		plan.forEachActivity((item) -> {
			kinds.merge(item.kind(), 1, Integer::sum);
			dates.add(item.occurredOn());
			if (item.spark()) {
				sparks[0]++;
			}
			if (item.title().length() > 200
					|| (item.sourceUrl() != null && !item.sourceUrl().matches("https://[^\\s]+"))) {
				misfits.add(item);
			}
		});
		assertThat(misfits).isEmpty();
		assertThat(dates).isSorted();
		assertThat(dates.get(0)).isAfterOrEqualTo(TODAY.minusDays(SyntheticCatalogPlan.HISTORY_DAYS))
			.isBefore(TODAY.minusDays(700));
		assertThat(dates.get(dates.size() - 1)).isEqualTo(TODAY);
		assertThat(kinds.get(ActivityKind.RELEASE) / 100_000.0).isCloseTo(0.45, within(0.02));
		assertThat(kinds.get(ActivityKind.SECURITY_RELEASE) / 100_000.0).isCloseTo(0.08, within(0.02));
		assertThat(kinds).containsOnlyKeys(ActivityKind.values());
		assertThat(sparks[0]).isBetween(200, 1_000);
	}

	@Test
	void releaseVersionsOfAProductCountUpwardsOverTime() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(50, 5_000, 6, NOW);
		Map<Integer, List<int[]>> versions = new HashMap<>();
		plan.forEachActivity((item) -> {
			if (item.kind() == ActivityKind.RELEASE) {
				String version = item.title().substring(item.title().lastIndexOf(' ') + 1);
				versions.computeIfAbsent(item.product(), (p) -> new ArrayList<>())
					.add(Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray());
			}
		});
		assertThat(versions).isNotEmpty();
		versions.values().forEach((list) -> {
			for (int i = 1; i < list.size(); i++) {
				assertThat(Arrays.compare(list.get(i - 1), list.get(i))).isNegative();
			}
		});
	}

	@Test
	void themeUseIsSkewedAndEveryProductHasThreeToSixRankedThemes() {
		SyntheticCatalogPlan plan = SyntheticCatalogPlan.of(10_000, 0, 6, NOW);
		int[] use = new int[SyntheticCatalogPlan.THEMES];
		for (SyntheticCatalogPlan.Product product : plan.products()) {
			assertThat(product.themes()).hasSizeBetween(3, 6).doesNotHaveDuplicates();
			product.themes().forEach((theme) -> use[theme]++);
		}
		int[] sorted = Arrays.stream(use).sorted().toArray();
		assertThat(sorted[sorted.length - 1]).isGreaterThan(10 * sorted[sorted.length / 2]);
	}

	@Test
	void aCatalogNeedsAtLeastOneProduct() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCatalogPlan.of(0, 10, 6, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCatalogPlan.of(10, -1, 6, NOW));
	}

	private static List<SyntheticCatalogPlan.Activity> firstItems(SyntheticCatalogPlan plan) {
		List<SyntheticCatalogPlan.Activity> items = new ArrayList<>();
		plan.forEachActivity((item) -> {
			if (items.size() < 200) {
				items.add(item);
			}
		});
		return items;
	}

}
