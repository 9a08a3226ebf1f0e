package io.sparkpulse.admin.editorial;

import java.time.Instant;

import io.sparkpulse.editorial.Trajectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionChangesTest {

	@Test
	void onlyTheFieldsThatChangedAreListedWithTheWordsAddedAndRemoved() {
		Trajectory before = revision(1, "Ships every two weeks.", "State.", "Heading.", "Prediction.");
		Trajectory after = revision(2, "Ships every three weeks, now signed.", "State.", "Heading.", "Prediction.");
		assertThat(RevisionChanges.between(before, after))
			.containsExactly(new RevisionChanges.Change("Headline", 4, 2));
	}

	@Test
	void theFirstRevisionAddsEveryWordOfEveryField() {
		assertThat(RevisionChanges.between(null, revision(1, "One two", "Three", "Four five six", "Seven")))
			.extracting(RevisionChanges.Change::summary)
			.containsExactly("+2 words", "+1 word", "+3 words", "+1 word");
	}

	@Test
	void summariesCountBothWaysAndNameASpacingOnlyChange() {
		assertThat(new RevisionChanges.Change("Headline", 3, 2).summary()).isEqualTo("+3 −2 words");
		assertThat(new RevisionChanges.Change("Headline", 0, 1).summary()).isEqualTo("−1 word");
		assertThat(new RevisionChanges.Change("Headline", 1, 1).summary()).isEqualTo("+1 −1 words");
		assertThat(new RevisionChanges.Change("Headline", 0, 0).summary()).isEqualTo("spacing only");
	}

	@Test
	void identicalTextsChangeNothingAndAreTheSameText() {
		Trajectory a = revision(1, "H", "S", "W", "P");
		Trajectory b = revision(3, "H", "S", "W", "P");
		assertThat(RevisionChanges.between(a, b)).isEmpty();
		assertThat(RevisionChanges.sameText(a, b)).isTrue();
		assertThat(RevisionChanges.sameText(a, revision(2, "H", "S", "W", "P!"))).isFalse();
	}

	private static Trajectory revision(int number, String headline, String state, String heading, String prediction) {
		return new Trajectory(7, number, headline, state, heading, prediction, "Ada", Instant.EPOCH, 0);
	}

}
