package io.sparkpulse.admin.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A form whose refused saves are merged field by field instead of overwritten. It carries
 * the version the edit started from and, in one hidden input, the values it started with
 * ({@link FormSnapshot}); {@link FormOutcomes#save} merges with them. A form plugs in by
 * extending this class, listing its fields as text in {@link #fieldValues()} (the same
 * text for what is saved, so use the form's own factory for both), setting them back in
 * {@link #setFieldValue}, and calling {@link #rememberOriginal()} when it is filled from
 * the saved entity.
 */
public abstract class MergingForm extends VersionedForm {

	private String original;

	/**
	 * The editor's choice for each clash, by field name: {@code "theirs"} takes the saved
	 * value, anything else keeps the one in the form.
	 */
	private Map<String, String> choice = new HashMap<>();

	/**
	 * Every field the merge covers, keyed by the form property's name, in the order they
	 * appear on the page, as text ({@code ""} for empty).
	 */
	public abstract Map<String, String> fieldValues();

	/**
	 * Sets a field from the text {@link #fieldValues()} gives for it.
	 */
	public abstract void setFieldValue(String name, String value);

	/**
	 * The field's label as the form shows it.
	 */
	public abstract String fieldLabel(String name);

	/**
	 * Records the current values as those the edit starts from.
	 */
	public void rememberOriginal() {
		this.original = FormSnapshot.encode(fieldValues());
	}

	/**
	 * The values the edit started from; empty when the form did not carry them.
	 */
	public Map<String, String> originalValues() {
		return FormSnapshot.decode(this.original);
	}

	/**
	 * Applies the editor's choices of the last clash: a field the editor chose to take
	 * from the saved version gets the value the form now starts from, which is that saved
	 * version.
	 */
	public void applyChoices() {
		Map<String, String> base = originalValues();
		this.choice.forEach((name, chosen) -> {
			if ("theirs".equals(chosen) && base.containsKey(name) && fieldValues().containsKey(name)) {
				setFieldValue(name, base.get(name));
			}
		});
		this.choice = new HashMap<>();
	}

	public String getOriginal() {
		return this.original;
	}

	public void setOriginal(String original) {
		this.original = original;
	}

	public Map<String, String> getChoice() {
		return this.choice;
	}

	public void setChoice(Map<String, String> choice) {
		this.choice = (choice != null) ? choice : new HashMap<>();
	}

}
