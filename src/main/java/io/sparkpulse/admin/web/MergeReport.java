package io.sparkpulse.admin.web;

import java.util.List;
import java.util.Map;

import io.sparkpulse.admin.Outcome;

/**
 * What the editor is told after a refused save was merged: who saved meanwhile, which of
 * their fields were taken into the form, which of the editor's own are kept, and the
 * fields both changed, for the editor to choose.
 *
 * @param taken labels of the fields only the other editor changed (the form now holds
 * their values)
 * @param kept labels of the fields only this editor changed (still as typed)
 */
public record MergeReport(String savedBy, List<Clash> clashes, List<String> taken, List<String> kept) {

	/**
	 * A field both editors changed: the saved value and the one in the form, as labels.
	 */
	public record Clash(String field, String label, String theirs, String yours) {
	}

	static MergeReport of(MergingForm form, Outcome.Conflict conflict, FieldMerge.Result merge) {
		Map<String, Map<String, String>> labels = conflict.valueLabels();
		List<Clash> clashes = merge.changed(FieldMerge.Change.CLASH)
			.stream()
			.map((field) -> new Clash(field.name(), form.fieldLabel(field.name()),
					shown(labels, field.name(), field.theirs()), shown(labels, field.name(), field.yours())))
			.toList();
		return new MergeReport(conflict.savedBy(), clashes, labels(form, merge, FieldMerge.Change.THEIRS),
				labels(form, merge, FieldMerge.Change.YOURS));
	}

	static List<String> labels(MergingForm form, FieldMerge.Result merge, FieldMerge.Change change) {
		return merge.changed(change).stream().map((field) -> form.fieldLabel(field.name())).toList();
	}

	private static String shown(Map<String, Map<String, String>> labels, String field, String value) {
		String shown = labels.getOrDefault(field, Map.of()).getOrDefault(value, value);
		return shown.isEmpty() ? "(empty)" : shown;
	}

}
