package io.sparkpulse.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import io.sparkpulse.scoring.VelocityFormula.Contribution;
import io.sparkpulse.scoring.VelocityFormula.Move;
import org.junit.jupiter.api.Test;

import static io.sparkpulse.activity.ActivityKind.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

class ScoreExplanationsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aProductShippingEveryDayListsItsTenLargestSharesAndSumsUpTheRest() {
		List<Move> daily = IntStream.range(0, 400)
			.mapToObj((day) -> new Move("v" + day, RELEASE, TODAY.minusDays(day)))
			.toList();
		List<Contribution> contributions = VelocityFormula.score(daily, TODAY).contributions();

		List<Contribution> listed = ScoreExplanations.listed(contributions);

		assertThat(listed).hasSize(ScoreExplanations.LISTED_SHARES);
		assertThat(listed).extracting((contribution) -> contribution.move().title())
			.containsExactly("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
	}

	@Test
	void sharesTooSmallToShowAreNeverListedHoweverFewTheMoves() {
		List<Move> old = List.of(new Move("recent", RELEASE, TODAY.minusDays(2)),
				new Move("old", RELEASE, TODAY.minusDays(200)));

		List<Contribution> listed = ScoreExplanations.listed(VelocityFormula.score(old, TODAY).contributions());

		assertThat(listed).extracting((contribution) -> contribution.move().title()).containsExactly("recent");
	}

}
