package io.sparkpulse.activity;

/**
 * What recording a source's entries changed: items added, and existing items whose entry
 * was edited.
 */
public record SourcedActivityChanges(int added, int updated) {

	public boolean any() {
		return this.added > 0 || this.updated > 0;
	}

}
