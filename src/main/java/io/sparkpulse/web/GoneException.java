package io.sparkpulse.web;

/**
 * Something a reader asked for by URL existed once and was retired for good; rendered as
 * the 410 page.
 */
public class GoneException extends RuntimeException {

	public GoneException(String what) {
		super(what);
	}

}
