package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.catalog.ShipRhythm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompareFaqTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private final FaqSubject session = subject("Session", "Account-free private messenger", "0.0", 0,
			List.of("decentralized-messaging", "funding-crisis", "post-quantum-cryptography"),
			new ShipRhythm(13, 13, 0, null, LocalDate.of(2025, 12, 1), 4, LocalDate.of(2026, 4, 10), TODAY),
			List.of("Element", "Signal", "Mattermost"));

	private final FaqSubject synapse = subject("Synapse", "The reference Matrix homeserver", "5.0", 0,
			List.of("matrix", "federation", "sliding-sync"), new ShipRhythm(1, 13, 4, new BigDecimal("14.0"),
					LocalDate.of(2026, 6, 7), 40, LocalDate.of(2026, 6, 12), TODAY),
			List.of("Element", "Signal", "Mattermost"));

	@Test
	void aPairOfOneSectorGetsOneAlternativesQuestionWithLinksToBothLists() {
		List<Faq> faqs = CompareFaq.write(List.of(this.session, this.synapse));
		assertThat(faqs).extracting(Faq::question)
			.containsExactly("What is the difference between Session and Synapse?", "Is Session better than Synapse?",
					"How often do Session and Synapse release?",
					"What are the best alternatives to Session and Synapse?");
		Faq alternatives = faqs.get(3);
		assertThat(alternatives.answer())
			.startsWith("Besides the products compared here, Sparkpulse suggests Element, Signal and Mattermost");
		assertThat(alternatives.parts()).filteredOn((part) -> part.href() != null)
			.extracting(Faq.Part::text, Faq.Part::href)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Session alternatives", "/alternatives/session"),
					org.assertj.core.groups.Tuple.tuple("Synapse alternatives", "/alternatives/synapse"));
	}

	@Test
	void theDifferenceSaysWhatEachIsAndWhereTheirWorkParts() {
		assertThat(CompareFaq.difference(List.of(this.session, this.synapse)).orElseThrow().answer()).isEqualTo(
				"Session: Account-free private messenger. Synapse: The reference Matrix homeserver. Their recent work"
						+ " differs: Session's centres on decentralized-messaging and funding-crisis; Synapse's on matrix"
						+ " and federation.");
	}

	@Test
	void sharedThemesAreNamed() {
		FaqSubject element = subject("Element", "", "4.2", 1, List.of("matrix", "sliding-sync"), null, List.of());
		assertThat(CompareFaq.overlap(List.of(element, this.synapse)))
			.isEqualTo("Both ship around matrix and sliding-sync. Beyond that, Synapse's centres on federation.");
	}

	@Test
	void theFasterShipperLeadsWithRankAndReleasesAndAQuietOneSaysWhatItShippedAndWhen() {
		Faq better = CompareFaq.better(List.of(this.session, this.synapse));
		assertThat(better.answer()).isEqualTo("Sparkpulse compares how products ship, not their features. Synapse"
				+ " ships fastest right now: velocity 5.0, #1 of 13 in Comms, 4 releases in the last 90 days. Session:"
				+ " velocity 0.0, #13 of 13 in Comms, 4 moves in the last year, the latest on 10 Apr 2026.");
		assertThat(better.parts()).filteredOn((part) -> part.datetime() != null)
			.extracting(Faq.Part::datetime)
			.containsExactly("2026-04-10");
	}

	@Test
	void equalVelocityIsBrokenByTheSectorRanking() {
		FaqSubject twin = subject("Twin", "", "5.0", 0, List.of(),
				new ShipRhythm(2, 13, 2, null, LocalDate.of(2026, 6, 1), 9, LocalDate.of(2026, 6, 1), TODAY),
				List.of());
		assertThat(CompareFaq.better(List.of(twin, this.synapse)).answer()).endsWith(
				"Both score 5.0 for velocity; the sector ranking, which breaks ties on recent releases, puts Synapse"
						+ " #1 of 13 in Comms (4 releases in 90 days) and Twin #2 of 13 in Comms (2 releases in 90 days).");
	}

	@Test
	void howOftenTheyReleaseUsesTheMedianGapAndTheLatestRelease() {
		assertThat(CompareFaq.rhythm(List.of(this.session, this.synapse)).orElseThrow().answer()).isEqualTo(
				"Session released once in the last year, 196 days ago. Synapse has released every 14 days over the"
						+ " last year (median gap), most recently 8 days ago.");
	}

	@Test
	void questionsWithNothingToSayAreLeftOut() {
		FaqSubject silent = subject("Silent", "", "0.0", 0, List.of(), null, List.of());
		FaqSubject mute = subject("Mute", "", "0.0", 0, List.of(), null, List.of());
		assertThat(CompareFaq.write(List.of(mute, silent))).extracting(Faq::question)
			.containsExactly("Is Mute better than Silent?");
		assertThat(CompareFaq.sparks(List.of(this.session, this.synapse))).isEmpty();
	}

	@Test
	void sparksAreAskedAboutOnlyWhenThereAreSome() {
		FaqSubject element = subject("Element", "", "4.2", 2, List.of(), null, List.of());
		assertThat(CompareFaq.sparks(List.of(element, this.session)).orElseThrow().answer())
			.endsWith("Element 2 sparks and Session none.");
	}

	@Test
	void productsOfDifferentSectorsSaySoAndGetTheirOwnAlternatives() {
		FaqSubject postgres = new FaqSubject("PostgreSQL", "postgresql", "Databases", "Relational database",
				new BigDecimal("3.0"), 0, List.of("sql"), null, List.of("MySQL", "SQLite"));
		List<Faq> faqs = CompareFaq.write(List.of(postgres, this.session));
		assertThat(faqs.get(0).answer()).contains("They belong to different sectors (Databases and Comms).");
		assertThat(faqs).extracting(Faq::question)
			.contains("What are the best alternatives to PostgreSQL?", "What are the best alternatives to Session?");
	}

	@Test
	void noTwoAnswersOfAThreeWayFaqAreAlike() {
		FaqSubject element = subject(
				"Element", "Matrix client apps", "4.2", 1, List.of("matrix", "sliding-sync"), new ShipRhythm(2, 13, 3,
						new BigDecimal("9.5"), LocalDate.of(2026, 6, 10), 30, LocalDate.of(2026, 6, 10), TODAY),
				List.of("Signal", "Mattermost", "Zulip"));
		List<Faq> faqs = CompareFaq.write(List.of(element, this.session, this.synapse));
		assertThat(faqs).extracting(Faq::question).contains("Which is better: Element, Session or Synapse?");
		assertThat(faqs).extracting(Faq::answer).doesNotHaveDuplicates();
		assertThat(faqs.get(1).answer()).contains("Synapse ships fastest right now", "Element: velocity 4.2",
				"Session: velocity 0.0");
	}

	private static FaqSubject subject(String name, String headline, String velocity, int sparks, List<String> themes,
			ShipRhythm rhythm, List<String> alternatives) {
		return new FaqSubject(name, name.toLowerCase(), "Comms", headline, new BigDecimal(velocity), sparks, themes,
				rhythm, alternatives);
	}

}
