package io.sparkpulse.admin.audit;

import java.util.Locale;
import java.util.Map;

/**
 * Words for what the log stores as code: field names ("websiteUrl" → "Website url"),
 * constant values ("SECURITY_RELEASE" → "Security release") and kinds of change
 * ("product.update" → "Product: update").
 */
final class AuditLabels {

	private static final Map<String, String> FIELDS = Map.of("sectorId", "Sector", "websiteUrl", "Website",
			"repositoryUrl", "Source repository", "sourceUrl", "Source", "occurredOn", "Date", "retiredAt",
			"Retired at", "currentState", "Current state", "displayName", "Name", "url", "Address");

	private AuditLabels() {
	}

	static String field(String name) {
		String known = FIELDS.get(name);
		if (known != null) {
			return known;
		}
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A value as readers of the log understand it: yes/no, constants in words, anything
	 * else as stored.
	 */
	static String value(String value) {
		if ("true".equals(value) || "false".equals(value)) {
			return "true".equals(value) ? "Yes" : "No";
		}
		if (value == null || !value.matches("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*") || value.length() < 2) {
			return value;
		}
		String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String action(String action) {
		int dot = action.indexOf('.');
		if (dot < 0) {
			return action;
		}
		return field(action.substring(0, dot).replace('_', ' ')) + ": "
				+ action.substring(dot + 1).replace('_', ' ').replace('.', ' ');
	}

}
