package io.sparkpulse.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A three-way merge of one form's fields: the values the editor's form started from
 * (base), the values saved meanwhile by someone else (theirs) and the values the editor
 * sent (yours). A field only one side changed takes that side's value; a field both
 * changed to different values is a clash for the editor to decide. Nothing here knows
 * about HTTP or the database, so every rule is reachable from a unit test.
 */
public final class FieldMerge {

	private FieldMerge() {
	}

	/**
	 * Who changed a field since the base.
	 */
	public enum Change {

		/** Nobody: all three agree. */
		NONE,
		/** Only the editor who sent the form. */
		YOURS,
		/** Only the other editor, whose version is saved. */
		THEIRS,
		/** Both, to the same value. */
		BOTH_ALIKE,
		/** Both, to different values (or the base is unknown and they differ). */
		CLASH

	}

	/**
	 * One field after the merge.
	 *
	 * @param base what the editor's form started from, or {@code null} when unknown
	 */
	public record Field(String name, String base, String theirs, String yours, Change change) {

		/**
		 * The value to save: theirs where only they changed it, otherwise yours (for a
		 * clash, until the editor chooses).
		 */
		public String merged() {
			return (this.change == Change.THEIRS) ? this.theirs : this.yours;
		}

	}

	/**
	 * Every field of a form after the merge, in the form's order.
	 */
	public record Result(List<Field> fields) {

		public boolean hasClashes() {
			return this.fields.stream().anyMatch((field) -> field.change() == Change.CLASH);
		}

		public List<Field> changed(Change change) {
			return this.fields.stream().filter((field) -> field.change() == change).toList();
		}

		public Map<String, String> merged() {
			Map<String, String> merged = new LinkedHashMap<>();
			this.fields.forEach((field) -> merged.put(field.name(), field.merged()));
			return merged;
		}

	}

	/**
	 * Merges field by field; the names of {@code yours} set the fields and their order. A
	 * field missing from {@code base} has no known starting value, so it is a clash
	 * whenever theirs and yours differ: nothing is overwritten on a guess.
	 */
	public static Result merge(Map<String, String> base, Map<String, String> theirs, Map<String, String> yours) {
		List<Field> fields = new ArrayList<>(yours.size());
		for (Map.Entry<String, String> entry : yours.entrySet()) {
			String name = entry.getKey();
			String mine = normalized(entry.getValue());
			String saved = normalized(theirs.get(name));
			String original = base.containsKey(name) ? normalized(base.get(name)) : null;
			fields.add(new Field(name, original, saved, mine, change(original, saved, mine)));
		}
		return new Result(List.copyOf(fields));
	}

	private static Change change(String base, String theirs, String yours) {
		if (base == null) {
			return theirs.equals(yours) ? Change.NONE : Change.CLASH;
		}
		boolean yoursChanged = !yours.equals(base);
		boolean theirsChanged = !theirs.equals(base);
		if (yoursChanged && theirsChanged) {
			return yours.equals(theirs) ? Change.BOTH_ALIKE : Change.CLASH;
		}
		if (yoursChanged) {
			return Change.YOURS;
		}
		return theirsChanged ? Change.THEIRS : Change.NONE;
	}

	/**
	 * Browsers send text area lines ending in CR LF whatever was stored; an absent value
	 * and an empty one are the same to an editor.
	 */
	static String normalized(String value) {
		return (value != null) ? value.replace("\r\n", "\n") : "";
	}

}
