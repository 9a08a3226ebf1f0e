package io.sparkpulse.admin.editorial;

import java.util.List;
import java.util.stream.Collectors;

import io.sparkpulse.admin.editorial.TextDiff.Kind;
import io.sparkpulse.admin.editorial.TextDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

	@Test
	void identicalTextsAreOneUnchangedSegment() {
		List<Segment> diff = TextDiff.between("Ships every two weeks.", "Ships every two weeks.");
		assertThat(diff).containsExactly(new Segment(Kind.SAME, "Ships every two weeks."));
		assertThat(TextDiff.changed(diff)).isFalse();
	}

	@Test
	void aReplacedWordIsRemovedThenAdded() {
		assertThat(TextDiff.between("Ships every two weeks.", "Ships every three weeks.")).containsExactly(
				new Segment(Kind.SAME, "Ships every"), new Segment(Kind.REMOVED, " two"),
				new Segment(Kind.ADDED, " three"), new Segment(Kind.SAME, " weeks."));
	}

	@Test
	void insertionsAndDeletionsKeepTheRestInPlace() {
		assertThat(TextDiff.between("a b c d", "a x b d")).containsExactly(new Segment(Kind.SAME, "a"),
				new Segment(Kind.ADDED, " x"), new Segment(Kind.SAME, " b"), new Segment(Kind.REMOVED, " c"),
				new Segment(Kind.SAME, " d"));
	}

	@Test
	void fromNothingEverythingIsAddedAndToNothingEverythingRemoved() {
		assertThat(TextDiff.between("", "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
		assertThat(TextDiff.between("Old text", null)).containsExactly(new Segment(Kind.REMOVED, "Old text"));
		assertThat(TextDiff.between(null, null)).isEmpty();
	}

	@Test
	void bothTextsCanBeRebuiltFromTheSegments() {
		String before = "The project is in maintenance mode,\ncutting a release every two weeks. Sliding Sync is slow.";
		String after = "The project is in hardening mode,\ncutting a release candidate every week. Sliding Sync is fast now.";
		List<Segment> diff = TextDiff.between(before, after);
		assertThat(text(diff, Kind.ADDED)).isEqualTo(before);
		assertThat(text(diff, Kind.REMOVED)).isEqualTo(after);
		assertThat(diff).filteredOn(Segment::removed).extracting(Segment::text).contains(" maintenance", " slow.");
		assertThat(diff).filteredOn(Segment::added).extracting(Segment::text).contains(" hardening", " fast now.");
	}

	@Test
	void hugeTextsFallBackToReplacingTheChangedMiddleWhole() {
		String before = "start " + "a ".repeat(1200) + "end";
		String after = "start " + "b ".repeat(1200) + "end";
		List<Segment> diff = TextDiff.between(before, after);
		assertThat(diff).extracting(Segment::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
		assertThat(text(diff, Kind.ADDED)).isEqualTo(before);
		assertThat(text(diff, Kind.REMOVED)).isEqualTo(after);
	}

	private static String text(List<Segment> diff, Kind leaveOut) {
		return diff.stream().filter((s) -> s.kind() != leaveOut).map(Segment::text).collect(Collectors.joining());
	}

}
