package io.sparkpulse.activity;

/**
 * An activity item as editors edit it, with the version an edit must start from.
 */
public record EditableActivity(ActivityEntry entry, long version) {

	public long id() {
		return this.entry.id();
	}

	public long productId() {
		return this.entry.productId();
	}

}
