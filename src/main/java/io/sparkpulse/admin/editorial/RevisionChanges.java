package io.sparkpulse.admin.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.sparkpulse.editorial.Trajectory;

/**
 * What one trajectory revision changed against the revision before it, field by field,
 * counted in words: enough for a list of revisions to say at a glance which parts moved
 * and by how much, before anyone opens the full difference.
 */
public final class RevisionChanges {

	/**
	 * The editorial fields in the order the form and the public page show them.
	 */
	static final List<Part> PARTS = List.of(new Part("Headline", Trajectory::headline),
			new Part("Current state", Trajectory::currentState), new Part("Where it’s heading", Trajectory::heading),
			new Part("Prediction", Trajectory::prediction));

	private RevisionChanges() {
	}

	record Part(String label, Function<Trajectory, String> text) {
	}

	/**
	 * One changed field: how many words came in and how many went.
	 */
	public record Change(String label, int wordsAdded, int wordsRemoved) {

		/**
		 * "+3 −2 words", "+12 words", "−1 word".
		 */
		public String summary() {
			List<String> counts = new ArrayList<>();
			if (this.wordsAdded > 0) {
				counts.add("+" + this.wordsAdded);
			}
			if (this.wordsRemoved > 0) {
				counts.add("−" + this.wordsRemoved);
			}
			if (counts.isEmpty()) {
				return "spacing only";
			}
			int last = (this.wordsRemoved > 0) ? this.wordsRemoved : this.wordsAdded;
			return String.join(" ", counts) + ((last == 1 && counts.size() == 1) ? " word" : " words");
		}

	}

	/**
	 * The fields {@code revision} changed against {@code previous} ({@code null} for the
	 * first revision, which adds every word), in form order; empty when the texts are the
	 * same.
	 */
	public static List<Change> between(Trajectory previous, Trajectory revision) {
		List<Change> changes = new ArrayList<>();
		for (Part part : PARTS) {
			String before = (previous != null) ? part.text().apply(previous) : "";
			String after = part.text().apply(revision);
			if (Objects.equals(before, after)) {
				continue;
			}
			int added = 0;
			int removed = 0;
			for (TextDiff.Segment segment : TextDiff.between(before, after)) {
				if (segment.added()) {
					added += words(segment.text());
				}
				else if (segment.removed()) {
					removed += words(segment.text());
				}
			}
			changes.add(new Change(part.label(), added, removed));
		}
		return changes;
	}

	/**
	 * Whether two revisions hold the same four texts.
	 */
	public static boolean sameText(Trajectory a, Trajectory b) {
		return PARTS.stream().allMatch((part) -> Objects.equals(part.text().apply(a), part.text().apply(b)));
	}

	private static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
