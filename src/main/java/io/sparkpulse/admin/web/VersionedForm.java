package io.sparkpulse.admin.web;

/**
 * The version a form's edit started from, bound from its hidden input: what every
 * versioned form shares, so that each declares only its own fields.
 */
public abstract class VersionedForm implements Versioned {

	private long version;

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
