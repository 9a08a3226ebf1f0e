package io.sparkpulse.activity;

/**
 * What kind of ship move an activity item is. The database accepts exactly these names.
 */
public enum ActivityKind {

	RELEASE("Release"),

	RELEASE_CANDIDATE("Release candidate"),

	SECURITY_RELEASE("Security release"),

	ANNOUNCEMENT("Announcement"),

	BUSINESS("Business news");

	private final String label;

	ActivityKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
