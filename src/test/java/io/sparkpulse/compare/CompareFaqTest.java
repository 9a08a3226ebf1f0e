package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompareFaqTest {

	private final FaqSubject session = subject("Session", "session", "Comms", "0.0", 0,
			List.of("decentralized-messaging", "funding-crisis", "post-quantum-cryptography", "paid-tier"),
			List.of("Element", "Signal", "Mattermost"));

	private final FaqSubject synapse = subject("Synapse", "synapse", "Comms", "5.0", 0,
			List.of("matrix", "federation", "sliding-sync", "security"), List.of("Element", "Signal", "Mattermost"));

	@Test
	void asksTheFourQuestionsOfTheSeedPage() {
		assertThat(CompareFaq.write(List.of(this.session, this.synapse))).extracting(Faq::question)
			.containsExactly("What is the difference between Session and Synapse?", "Is Session better than Synapse?",
					"What are the best alternatives to Session?", "What are the best alternatives to Synapse?");
	}

	@Test
	void productsWithoutSharedThemesDoNotOverlap() {
		assertThat(CompareFaq.write(List.of(this.session, this.synapse)).get(0).answer())
			.startsWith("They serve adjacent needs but don't currently overlap on shipped themes.");
	}

	@Test
	void sharedThemesAreNamed() {
		FaqSubject element = subject("Element", "element", "Comms", "4.2", 1, List.of("matrix", "sliding-sync"),
				List.of());
		assertThat(CompareFaq.overlap(List.of(element, this.synapse)))
			.isEqualTo("They serve adjacent needs and both ship around matrix and sliding-sync.");
	}

	@Test
	void theFasterShipperIsNamedFirstWithBothFigures() {
		assertThat(CompareFaq.pace(List.of(this.session, this.synapse))).isEqualTo(
				"Synapse is currently shipping more aggressively (velocity 5.0 vs 0.0), with 0 editorial sparks in the last 30 days against 0.");
	}

	@Test
	void equalVelocityIsCalledTheSamePace() {
		FaqSubject twin = subject("Twin", "twin", "Comms", "5.0", 2, List.of(), List.of());
		assertThat(CompareFaq.pace(List.of(this.synapse, twin)))
			.startsWith("Both are shipping at the same pace (velocity 5.0 each)");
	}

	@Test
	void productsOfDifferentSectorsSaySo() {
		FaqSubject postgres = subject("PostgreSQL", "postgresql", "Databases", "3.0", 0, List.of("sql"), List.of());
		assertThat(CompareFaq.overlap(List.of(this.session, postgres)))
			.startsWith("They sit in different sectors (Comms and Databases)");
	}

	@Test
	void alternativesAnswersNameTheTopRankedOnes() {
		assertThat(CompareFaq.write(List.of(this.session, this.synapse)).get(2).answer()).contains(
				"the top Session alternatives in Comms right now are Element, Signal and Mattermost",
				"/alternatives/session");
	}

	@Test
	void aProductWithoutAlternativesGetsAnHonestAnswer() {
		FaqSubject alone = subject("Alone", "alone", "Niche", "1.0", 0, List.of(), List.of());
		assertThat(CompareFaq.write(List.of(alone, this.synapse)).get(2).answer())
			.startsWith("Sparkpulse tracks no other Niche product besides Alone yet");
	}

	@Test
	void threeWayComparisonsRankAllProductsAndAskWhichIsBetter() {
		FaqSubject element = subject("Element", "element", "Comms", "4.2", 1, List.of("matrix", "sliding-sync"),
				List.of());
		List<Faq> faqs = CompareFaq.write(List.of(element, this.session, this.synapse));
		assertThat(faqs).extracting(Faq::question)
			.containsExactly("What is the difference between Element, Session and Synapse?",
					"Which is better: Element, Session or Synapse?", "What are the best alternatives to Element?",
					"What are the best alternatives to Session?", "What are the best alternatives to Synapse?");
		assertThat(faqs.get(0).answer()).contains(
				"Ranked by velocity: Synapse (5.0), Element (4.2) and Session (0.0), with 0, 1 and 0 editorial sparks");
	}

	@Test
	void themesSharedByAllThreeAreNamed() {
		FaqSubject element = subject("Element", "element", "Comms", "4.2", 1, List.of("matrix", "sliding-sync"),
				List.of());
		FaqSubject dendrite = subject("Dendrite", "dendrite", "Comms", "0.3", 0, List.of("federation", "matrix"),
				List.of());
		assertThat(CompareFaq.overlap(List.of(element, dendrite, this.synapse)))
			.isEqualTo("They serve adjacent needs and all ship around matrix.");
	}

	private static FaqSubject subject(String name, String slug, String sector, String velocity, int sparks,
			List<String> themes, List<String> alternatives) {
		return new FaqSubject(name, slug, sector, new BigDecimal(velocity), sparks, themes, alternatives);
	}

}
