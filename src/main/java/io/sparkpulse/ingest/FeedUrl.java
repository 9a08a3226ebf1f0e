package io.sparkpulse.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address of a feed source as stored: an absolute {@code http(s)} URL with a host, no
 * credentials, no whitespace; scheme and host lower-cased, an empty path written as
 * {@code /} and the fragment dropped, so the same feed entered twice is recognised as the
 * same.
 */
final class FeedUrl {

	static final int MAX_LENGTH = 1000;

	private FeedUrl() {
	}

	/**
	 * The stored form of {@code input}.
	 * @throws FeedSourceRejectedException with a message an editor can act on
	 */
	static String normalize(String input) {
		String text = (input != null) ? input.strip() : "";
		if (text.isEmpty()) {
			throw FeedSourceRejectedException.invalidUrl("Enter the feed's address.");
		}
		if (text.length() > MAX_LENGTH) {
			throw FeedSourceRejectedException.invalidUrl("A feed address is at most " + MAX_LENGTH + " characters.");
		}
		if (text.chars()
			.anyMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
			throw FeedSourceRejectedException.invalidUrl("A feed address cannot contain spaces.");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw FeedSourceRejectedException.invalidUrl("This is not a valid web address.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw FeedSourceRejectedException.invalidUrl("Enter an address starting with http:// or https://.");
		}
		if (uri.getRawUserInfo() != null) {
			throw FeedSourceRejectedException.invalidUrl("Leave user names and passwords out of feed addresses.");
		}
		if (uri.getHost() == null) {
			throw FeedSourceRejectedException.invalidUrl("The address needs a host name.");
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		String normalized = scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path + query;
		if (normalized.length() > MAX_LENGTH) {
			throw FeedSourceRejectedException.invalidUrl("A feed address is at most " + MAX_LENGTH + " characters.");
		}
		return normalized;
	}

}
