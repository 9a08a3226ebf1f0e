package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.alternatives.SharedThemes;

/**
 * Writes a compare page's FAQ from the two products' figures, so each pair reads differently and no
 * answer claims more than the data shows.
 */
final class CompareFaq {

	private CompareFaq() {
	}

	static List<Faq> write(FaqSubject a, FaqSubject b) {
		String pace = pace(a, b);
		return List.of(
				new Faq("What is the difference between " + a.name() + " and " + b.name() + "?",
						overlap(a, b) + " " + pace + " See the at-a-glance table above for a side-by-side breakdown"
								+ " of velocity, recent sparks, and editorial themes."),
				new Faq("Is " + a.name() + " better than " + b.name() + "?",
						"Sparkpulse doesn't pick a winner — we score release velocity, not feature parity. " + pace
								+ " For your specific use case, the alternatives section above lists other "
								+ sectors(a, b) + " products to evaluate alongside."),
				alternatives(a), alternatives(b));
	}

	static String overlap(FaqSubject a, FaqSubject b) {
		List<String> shared = SharedThemes.between(a.themes(), b.themes());
		String relation = a.sectorName().equals(b.sectorName()) ? "They serve adjacent needs"
				: "They sit in different sectors (" + a.sectorName() + " and " + b.sectorName() + ")";
		if (shared.isEmpty()) {
			return relation + " but don't currently overlap on shipped themes.";
		}
		return relation + " and both ship around " + listing(shared) + ".";
	}

	static String pace(FaqSubject a, FaqSubject b) {
		int order = a.velocity().compareTo(b.velocity());
		if (order == 0) {
			return "Both are shipping at the same pace (velocity " + a.velocity() + " each), with " + a.sparks30d()
					+ " and " + b.sparks30d() + " editorial sparks in the last 30 days.";
		}
		FaqSubject faster = (order > 0) ? a : b;
		FaqSubject slower = (order > 0) ? b : a;
		return faster.name() + " is currently shipping more aggressively (velocity " + faster.velocity() + " vs "
				+ slower.velocity() + "), with " + faster.sparks30d() + " editorial " + plural(faster.sparks30d())
				+ " in the last 30 days against " + slower.sparks30d() + ".";
	}

	private static Faq alternatives(FaqSubject subject) {
		String question = "What are the best alternatives to " + subject.name() + "?";
		if (subject.topAlternatives().isEmpty()) {
			return new Faq(question, "Sparkpulse tracks no other " + subject.sectorName() + " product besides "
					+ subject.name() + " yet; /alternatives/" + subject.slug() + " will list them as they are added.");
		}
		return new Faq(question, "Ranked by recent ship velocity, the top " + subject.name() + " alternatives in "
				+ subject.sectorName() + " right now are " + listing(subject.topAlternatives())
				+ ". Visit /alternatives/" + subject.slug()
				+ " for the full list, with the themes each one shares with " + subject.name() + ".");
	}

	private static String sectors(FaqSubject a, FaqSubject b) {
		return a.sectorName().equals(b.sectorName()) ? a.sectorName() : a.sectorName() + " and " + b.sectorName();
	}

	private static String plural(int sparks) {
		return (sparks == 1) ? "spark" : "sparks";
	}

	static String listing(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

}
