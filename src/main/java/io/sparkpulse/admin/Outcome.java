package io.sparkpulse.admin;

import java.util.List;

/**
 * What became of an editor's save: written, refused for a business rule (a field error),
 * or refused because someone else saved first (a conflict that shows both versions). Only
 * {@link Saved} wrote anything.
 */
public sealed interface Outcome {

	/**
	 * @param id the entity written
	 * @param message what to tell the editor on the next page
	 */
	record Saved(long id, String message) implements Outcome {
	}

	record Rejected(String field, String message) implements Outcome {
	}

	/**
	 * @param currentVersion the version now saved; a form re-sent with it overwrites on
	 * purpose
	 * @param differences the fields where the saved version and the editor's differ
	 */
	record Conflict(long currentVersion, String savedBy, List<Difference> differences) implements Outcome {
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

}
