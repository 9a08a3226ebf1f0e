package io.sparkpulse.ingest;

/**
 * A feed source that cannot be saved as entered. Forms show it on {@link #field()}, with
 * {@link #code()} as the message code and the exception's message as the default text.
 */
public class FeedSourceRejectedException extends RuntimeException {

	private final String code;

	FeedSourceRejectedException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** The form field at fault; always {@code url}. */
	public String field() {
		return "url";
	}

	/** {@code feedSource.url.invalid} or {@code feedSource.url.duplicate}. */
	public String code() {
		return this.code;
	}

	static FeedSourceRejectedException invalidUrl(String why) {
		return new FeedSourceRejectedException("feedSource.url.invalid", why);
	}

	static FeedSourceRejectedException duplicate() {
		return new FeedSourceRejectedException("feedSource.url.duplicate", "This product already follows that feed.");
	}

}
