package io.sparkpulse.admin;

import java.util.List;
import java.util.Map;

/**
 * What became of an editor's save: written, refused for a business rule (a field error),
 * or refused because someone else saved first (a conflict, merged field by field where
 * the form allows it). Only {@link Saved} wrote anything.
 */
public sealed interface Outcome {

	/**
	 * @param id the entity written
	 * @param message what to tell the editor on the next page
	 * @param publicPath the public page that shows the change, or {@code null}
	 */
	record Saved(long id, String message, String publicPath) implements Outcome {

		public Saved(long id, String message) {
			this(id, message, null);
		}

		public Saved onPublicPage(String path) {
			return new Saved(this.id, this.message, path);
		}

	}

	record Rejected(String field, String message) implements Outcome {
	}

	/**
	 * @param currentVersion the version now saved; a form re-sent with it is no longer
	 * stale
	 * @param differences the fields where the saved version and the editor's differ (for
	 * forms that are not merged)
	 * @param saved every field of the saved version as its form gives it, keyed by the
	 * form's field names; empty for forms that are not merged
	 * @param valueLabels for fields whose text is a code (a sector id, a kind), the label
	 * to show for each value
	 */
	record Conflict(long currentVersion, String savedBy, List<Difference> differences, Map<String, String> saved,
			Map<String, Map<String, String>> valueLabels) implements Outcome {

		public Conflict(long currentVersion, String savedBy, List<Difference> differences) {
			this(currentVersion, savedBy, differences, Map.of(), Map.of());
		}

		public boolean mergeable() {
			return !this.saved.isEmpty();
		}

	}

	/**
	 * One field of a conflict: what is saved now ("theirs") and what the editor sent
	 * ("yours").
	 */
	record Difference(String field, String theirs, String yours) {
	}

	static Saved saved(long id, String message) {
		return new Saved(id, message);
	}

	static Rejected rejected(String field, String message) {
		return new Rejected(field, message);
	}

	/**
	 * A refused save that the form merges: {@code saved} are the saved version's fields.
	 */
	static Conflict stale(long currentVersion, String savedBy, Map<String, String> saved,
			Map<String, Map<String, String>> valueLabels) {
		return new Conflict(currentVersion, savedBy, List.of(), Map.copyOf(saved), Map.copyOf(valueLabels));
	}

}
