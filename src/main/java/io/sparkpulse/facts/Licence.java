package io.sparkpulse.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A product's licence as an SPDX identifier or expression ("AGPL-3.0-only", "MIT OR
 * Apache-2.0"), or {@value #PROPRIETARY} for closed source. Whether it is open source and
 * which family it belongs to are derived from the identifiers, never entered separately,
 * so the two cannot disagree.
 */
public record Licence(String spdx) {

	/** SPDX's convention for a licence that is not on its list: closed source. */
	public static final String PROPRIETARY = "LicenseRef-Proprietary";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*");

	// Compiled once: String.split compiles a pattern on every call for any separator
	// longer than one character, and similarity asks for families in its inner loop.
	private static final Pattern OR = Pattern.compile(" OR ", Pattern.LITERAL);

	private static final Pattern AND = Pattern.compile(" AND ", Pattern.LITERAL);

	private static final Pattern WITH = Pattern.compile(" WITH ", Pattern.LITERAL);

	private static final Pattern AND_OR_WITH = Pattern.compile(" AND | WITH ");

	/**
	 * Families already worked out, by expression: a catalog uses a few dozen expressions,
	 * and similarity asks for the family of every candidate against every compared
	 * product. Bounded so that odd input cannot grow it for ever.
	 */
	private static final Map<String, Family> FAMILIES = new ConcurrentHashMap<>();

	private static final int MAX_REMEMBERED = 4096;

	/**
	 * OSI-approved identifiers a catalog like this one meets; anything else is not
	 * claimed as open source.
	 */
	private static final Set<String> OPEN_SOURCE = Set.of("0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only",
			"AGPL-3.0-or-later", "Apache-2.0", "Artistic-2.0", "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CDDL-1.0",
			"EPL-1.0", "EPL-2.0", "EUPL-1.2", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only",
			"GPL-3.0-or-later", "ISC", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only",
			"LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-2.0", "MS-PL", "NCSA", "OSL-3.0", "PostgreSQL", "Python-2.0",
			"UPL-1.0", "Unlicense", "Zlib", "blessing");

	/**
	 * Whether {@code text} has the shape of an SPDX expression this site accepts.
	 */
	public static boolean isWellFormed(String text) {
		return text != null && SHAPE.matcher(text).matches();
	}

	/**
	 * Open source when every alternative a user may choose under ({@code OR}) leaves them
	 * with an OSI-approved licence: "MIT OR Apache-2.0" is, "SSPL-1.0 OR AGPL-3.0-only"
	 * is too (the AGPL is one choice), "BUSL-1.1" is not. Exceptions ({@code WITH}) keep
	 * the base licence's status.
	 */
	public boolean openSource() {
		for (String choice : OR.split(this.spdx)) {
			if (allOpen(choice)) {
				return true;
			}
		}
		return false;
	}

	private static boolean allOpen(String conjunction) {
		for (String term : AND.split(conjunction)) {
			if (!OPEN_SOURCE.contains(WITH.split(term)[0])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The family used to say two products are licensed alike: strong copyleft, weak
	 * copyleft, permissive, source-available or proprietary. For a choice of licences,
	 * the first open one decides.
	 */
	public Family family() {
		Family known = FAMILIES.get(this.spdx);
		if (known == null) {
			known = familyOf(this.spdx);
			if (FAMILIES.size() < MAX_REMEMBERED) {
				FAMILIES.put(this.spdx, known);
			}
		}
		return known;
	}

	private static Family familyOf(String spdx) {
		if (PROPRIETARY.equals(spdx)) {
			return Family.PROPRIETARY;
		}
		String[] choices = OR.split(spdx);
		String decisive = choices[0];
		for (String choice : choices) {
			if (allOpen(choice)) {
				decisive = choice;
				break;
			}
		}
		String id = AND_OR_WITH.split(decisive)[0].toUpperCase(Locale.ROOT);
		if (!allOpen(decisive)) {
			return Family.SOURCE_AVAILABLE;
		}
		if (id.startsWith("AGPL") || id.startsWith("GPL") || id.startsWith("OSL") || id.startsWith("EUPL")) {
			return Family.STRONG_COPYLEFT;
		}
		if (id.startsWith("LGPL") || id.startsWith("MPL") || id.startsWith("EPL") || id.startsWith("CDDL")
				|| id.startsWith("MS-PL")) {
			return Family.WEAK_COPYLEFT;
		}
		return Family.PERMISSIVE;
	}

	/**
	 * How a page names it: the identifier itself, or "Proprietary".
	 */
	public String label() {
		return PROPRIETARY.equals(this.spdx) ? "Proprietary" : this.spdx;
	}

	@Override
	public String toString() {
		return this.spdx;
	}

	/**
	 * Licence families, with the words a sentence uses for them.
	 */
	public enum Family {

		STRONG_COPYLEFT("a copyleft licence"), WEAK_COPYLEFT("a weak-copyleft licence"),
		PERMISSIVE("a permissive licence"), SOURCE_AVAILABLE("a source-available licence"),
		PROPRIETARY("a proprietary licence");

		private final String phrase;

		Family(String phrase) {
			this.phrase = phrase;
		}

		public String phrase() {
			return this.phrase;
		}

	}

}
