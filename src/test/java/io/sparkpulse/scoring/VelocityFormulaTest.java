package io.sparkpulse.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.scoring.VelocityFormula.Move;
import org.junit.jupiter.api.Test;

import static io.sparkpulse.activity.ActivityKind.ANNOUNCEMENT;
import static io.sparkpulse.activity.ActivityKind.BUSINESS;
import static io.sparkpulse.activity.ActivityKind.RELEASE;
import static io.sparkpulse.activity.ActivityKind.RELEASE_CANDIDATE;
import static io.sparkpulse.activity.ActivityKind.SECURITY_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VelocityFormulaTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aReleaseShippedTodayEarnsItsFullWeight() {
		assertThat(VelocityFormula.points(RELEASE, TODAY, TODAY)).isEqualTo(3.0);
	}

	@Test
	void pointsHalveEveryFourteenDaysWithoutACliff() {
		assertThat(VelocityFormula.points(RELEASE, TODAY.minusDays(14), TODAY)).isCloseTo(1.5, within(1e-9));
		assertThat(VelocityFormula.points(RELEASE, TODAY.minusDays(28), TODAY)).isCloseTo(0.75, within(1e-9));
		double day29 = VelocityFormula.points(RELEASE, TODAY.minusDays(29), TODAY);
		double day30 = VelocityFormula.points(RELEASE, TODAY.minusDays(30), TODAY);
		assertThat(day30 / day29).isCloseTo(Math.pow(2, -1 / 14.0), within(1e-9));
	}

	@Test
	void kindsAreWeightedReleasesAboveAnnouncementsAboveBusinessNews() {
		assertThat(VelocityFormula.weight(RELEASE)).isEqualTo(VelocityFormula.weight(SECURITY_RELEASE));
		assertThat(VelocityFormula.weight(RELEASE)).isGreaterThan(VelocityFormula.weight(RELEASE_CANDIDATE));
		assertThat(VelocityFormula.weight(RELEASE_CANDIDATE)).isGreaterThan(VelocityFormula.weight(ANNOUNCEMENT));
		assertThat(VelocityFormula.weight(ANNOUNCEMENT)).isGreaterThan(VelocityFormula.weight(BUSINESS));
	}

	@Test
	void movesInTheFutureOrBeyondTheHorizonCountNothing() {
		assertThat(VelocityFormula.points(RELEASE, TODAY.plusDays(1), TODAY)).isZero();
		assertThat(VelocityFormula.points(RELEASE, TODAY.minusDays(VelocityFormula.HORIZON_DAYS + 1), TODAY)).isZero();
	}

	@Test
	void theScoreIsCappedAtFive() {
		List<Move> busy = List.of(move(RELEASE, 0), move(RELEASE, 1), move(RELEASE, 2));
		VelocityFormula.VelocityScore score = VelocityFormula.score(busy, TODAY);
		assertThat(score.value()).isEqualByComparingTo("5.0");
		assertThat(score.rawPoints()).isGreaterThan(5.0);
	}

	@Test
	void theScoreAloneIsTheScoreWithoutItsShares() {
		List<Move> moves = List.of(move(RELEASE, 0), move(ANNOUNCEMENT, 3), move(BUSINESS, 40), move(RELEASE, 200),
				move(SECURITY_RELEASE, 364), move(RELEASE_CANDIDATE, 365));
		for (int daysLater = -10; daysLater <= 400; daysLater++) {
			LocalDate day = TODAY.plusDays(daysLater);
			assertThat(VelocityFormula.value(moves, day)).as(day.toString())
				.isEqualTo(VelocityFormula.score(moves, day).value());
		}
	}

	@Test
	void noMovesScoreZero() {
		assertThat(VelocityFormula.score(List.of(), TODAY).value()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void theScoreHasOneDecimalAndListsContributionsLargestFirst() {
		VelocityFormula.VelocityScore score = VelocityFormula
			.score(List.of(move(RELEASE_CANDIDATE, 3), move(RELEASE, 8)), TODAY);
		assertThat(score.value()).isEqualByComparingTo("3.3");
		assertThat(score.value().scale()).isEqualTo(1);
		assertThat(score.contributions()).extracting((c) -> c.move().kind())
			.containsExactly(RELEASE, RELEASE_CANDIDATE);
		assertThat(score.contributions().get(0).points()).isCloseTo(3.0 * Math.pow(2, -8 / 14.0), within(1e-9));
	}

	@Test
	void synapsesSixMovesInAMonthScoreTheMaximum() {
		List<Move> synapse = List.of(move(RELEASE_CANDIDATE, 3), move(RELEASE, 8), move(RELEASE_CANDIDATE, 16),
				move(RELEASE, 24), move(RELEASE_CANDIDATE, 28), move(SECURITY_RELEASE, 33));
		assertThat(VelocityFormula.score(synapse, TODAY).value()).isEqualByComparingTo("5.0");
	}

	@Test
	void sessionsAnnouncementsTwoToSevenMonthsOldHaveDecayedToZero() {
		List<Move> session = List.of(move(BUSINESS, 61), move(ANNOUNCEMENT, 125), move(ANNOUNCEMENT, 185),
				move(ANNOUNCEMENT, 190), move(ANNOUNCEMENT, 215), move(ANNOUNCEMENT, 225));
		assertThat(VelocityFormula.score(session, TODAY).value()).isEqualByComparingTo("0.0");
	}

	private static Move move(ActivityKind kind, int daysAgo) {
		return new Move(kind + " " + daysAgo, kind, TODAY.minusDays(daysAgo));
	}

}
