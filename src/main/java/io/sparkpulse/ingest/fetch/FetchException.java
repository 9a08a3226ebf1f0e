package io.sparkpulse.ingest.fetch;

/**
 * A fetch that got nothing usable. The message is short, says what went wrong in words an
 * editor understands, and is safe to store and show: it never names an address a host
 * resolved to (editors could map internal names through the feed form). The
 * {@link #detail() detail} may, and goes to the log only.
 */
public class FetchException extends Exception {

	private final Reason reason;

	private final String detail;

	FetchException(Reason reason, String message) {
		this(reason, message, message, null);
	}

	FetchException(Reason reason, String message, Throwable cause) {
		this(reason, message, message, cause);
	}

	FetchException(Reason reason, String message, String detail, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.detail = detail;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * What went wrong in full, for operators.
	 */
	public String detail() {
		return this.detail;
	}

	/**
	 * The kinds of failure, for code that reacts to them and for tests.
	 */
	public enum Reason {

		/** Not an absolute http or https URL (also for redirect targets). */
		UNSUPPORTED_URL,

		/** The host resolves to an address the guard refuses. */
		REFUSED_ADDRESS,

		/** The host has no address, or no connection could be made. */
		UNREACHABLE,

		/** A connect, read or whole-fetch timeout. */
		TIMEOUT,

		/** The body is larger than allowed. */
		TOO_LARGE,

		/** More redirects than allowed. */
		TOO_MANY_REDIRECTS,

		/** A status other than 200, 304 or a redirect. */
		HTTP_STATUS,

		/**
		 * The server answered with something that is not a feed (an HTML page, an image).
		 */
		NOT_A_FEED,

		/** Any other network or TLS failure. */
		NETWORK

	}

}
