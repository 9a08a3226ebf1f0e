package io.sparkpulse.activity;

/**
 * An activity item as editors edit it, with the version an edit must start from.
 *
 * @param removed removed by an editor: off the public pages and the score, restorable
 */
public record EditableActivity(ActivityEntry entry, long version, boolean removed) {

	public long id() {
		return this.entry.id();
	}

	public long productId() {
		return this.entry.productId();
	}

}
