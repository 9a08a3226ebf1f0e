package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BottomLineTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Test
	void saysWhoShipsFasterAndHowRegularlyTheMainDifferenceAndEachHeadline() {
		List<String> sentences = BottomLine.write(List.of(
				subject("Session", 0.0, 9, 64.0, facts("GPL-3.0-only", Hosting.HOSTED, Pricing.FREEMIUM),
						"Session may run out of money"),
				subject("Synapse", 5.0, 40, 6.5, facts("AGPL-3.0-only", Hosting.SELF_HOSTED, Pricing.FREE),
						"Synapse is hardening")));
		assertThat(sentences).containsExactly(
				"Synapse ships faster: velocity 5.0 against 0.0 for Session; Synapse ships every 7 days on median, "
						+ "Session ships every 64 days on median.",
				"The main difference in facts is the hosting: Session is a hosted service and Synapse is self-hosted.",
				"In our editors’ words, Session: “Session may run out of money”; Synapse: “Synapse is hardening”.");
	}

	@Test
	void anOpenAndAClosedLicenceIsTheFirstDifference() {
		assertThat(BottomLine.difference(
				List.of(subject("Signal", 5.0, 10, 7.0, facts("AGPL-3.0-only", Hosting.HOSTED, Pricing.FREE), null),
						subject("Vivaldi", 3.0, 10, 7.0, facts(Licence.PROPRIETARY, Hosting.SELF_HOSTED, Pricing.FREE),
								null))))
			.contains(
					"The main difference in facts is the licence: Signal is open source and Vivaldi is not open source.");
	}

	@Test
	void productsThatAgreeOnTheirMainFactsAreSaidToAgree() {
		ProductFacts same = facts("MIT", Hosting.SELF_HOSTED, Pricing.FREE);
		assertThat(BottomLine.difference(List.of(subject("Vue", 3.0, 10, 7.0, same, null),
				subject("Svelte", 3.0, 10, 7.0, same, null), subject("Solid", 3.0, 10, 7.0, same, null))))
			.contains("Their main facts agree: all are open source, self-hosted and free.");
	}

	@Test
	void unknownFactsAreNeverComparedAndQuietProductsSaySo() {
		List<String> sentences = BottomLine.write(List.of(subject("A", 2.0, 0, null, ProductFacts.none(1), " "),
				subject("B", 2.0, 1, null, ProductFacts.none(2), null)));
		assertThat(sentences).containsExactly("A and B ship at the same pace by velocity (2.0); "
				+ "A has recorded no ship move yet, B has shipped on a single day so far.");
	}

	private static BottomLine.Subject subject(String name, double velocity, int shipDays, Double gap,
			ProductFacts facts, String headline) {
		return new BottomLine.Subject(name, BigDecimal.valueOf(velocity).setScale(1), shipDays, gap, facts, headline);
	}

	private static ProductFacts facts(String licence, Hosting hosting, Pricing pricing) {
		return new ProductFacts(1, null, new Sourced<>(new Licence(licence), "https://example.org", DAY),
				new Sourced<>(hosting, "https://example.org", DAY), null, null,
				new Sourced<>(pricing, "https://example.org", DAY), null, null, 1);
	}

}
