package io.sparkpulse.admin.web;

/**
 * A form that carries the version its edit started from.
 */
public interface Versioned {

	long getVersion();

	void setVersion(long version);

}
