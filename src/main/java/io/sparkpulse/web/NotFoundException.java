package io.sparkpulse.web;

/**
 * Something a reader asked for by URL does not exist; rendered as the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
