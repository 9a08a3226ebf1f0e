package io.sparkpulse.admin.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's field values packed into one hidden input, so that a form carries the version
 * its edit started from and a refused save can be merged against it. The text is the
 * editor's own data: a tampered or garbled snapshot only makes every differing field a
 * clash, it can never write anything by itself.
 */
public final class FormSnapshot {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private FormSnapshot() {
	}

	public static String encode(Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		values.forEach((name, value) -> {
			String v = (value != null) ? value : "";
			text.append(name.length()).append(':').append(name).append(v.length()).append(':').append(v);
		});
		return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The values packed by {@link #encode}; empty when the text is missing or not a
	 * snapshot.
	 */
	public static Map<String, String> decode(String snapshot) {
		if (snapshot == null || snapshot.isEmpty()) {
			return Map.of();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(snapshot), StandardCharsets.UTF_8);
			Map<String, String> values = new LinkedHashMap<>();
			int[] at = { 0 };
			while (at[0] < text.length()) {
				String name = next(text, at);
				String value = next(text, at);
				values.put(name, value);
			}
			return values;
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Map.of();
		}
	}

	private static String next(String text, int[] at) {
		int colon = text.indexOf(':', at[0]);
		if (colon < 0) {
			throw new IllegalArgumentException("no length");
		}
		int length = Integer.parseInt(text.substring(at[0], colon));
		if (length < 0) {
			throw new IllegalArgumentException("negative length");
		}
		String part = text.substring(colon + 1, colon + 1 + length);
		at[0] = colon + 1 + length;
		return part;
	}

}
