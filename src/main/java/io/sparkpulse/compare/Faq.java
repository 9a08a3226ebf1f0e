package io.sparkpulse.compare;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One question of a compare page's FAQ, with its answer written from the data: text with
 * links to other pages of the site.
 */
public record Faq(String question, List<Part> parts) {

	/** The answer as plain text, as structured data carries it. */
	public String answer() {
		return this.parts.stream().map(Part::text).collect(Collectors.joining());
	}

	/**
	 * A run of the answer: plain text, a link when {@code href} (a site path) is set, or
	 * a date when {@code datetime} (ISO) is set.
	 */
	public record Part(String text, String href, String datetime) {

		static Part text(String text) {
			return new Part(text, null, null);
		}

		static Part link(String text, String href) {
			return new Part(text, href, null);
		}

		static Part date(java.time.LocalDate day) {
			return new Part(CompareFaq.DAY.format(day), null, day.toString());
		}

	}

}
