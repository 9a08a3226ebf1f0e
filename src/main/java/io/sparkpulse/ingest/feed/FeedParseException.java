package io.sparkpulse.ingest.feed;

/**
 * A body that is not a feed we read: malformed XML, a DOCTYPE, or XML that is neither RSS
 * nor Atom. The message is short and safe to store and show.
 */
public class FeedParseException extends Exception {

	FeedParseException(String message, Throwable cause) {
		super(message, cause);
	}

}
