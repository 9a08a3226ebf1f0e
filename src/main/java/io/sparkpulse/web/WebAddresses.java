package io.sparkpulse.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What the site accepts as an address to link to (a product's website or repository, an
 * activity's source): an absolute http or https URL with a host, without spaces or
 * control characters. The admin forms and the catalog import apply this one rule.
 */
public final class WebAddresses {

	private WebAddresses() {
	}

	public static boolean isWebUrl(String value) {
		if (value.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
