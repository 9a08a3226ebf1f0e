package io.sparkpulse.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.sparkpulse.alternatives.SharedThemes;

/**
 * Writes a compare page's FAQ from the products' figures, so each comparison reads
 * differently and no answer claims more than the data shows.
 */
final class CompareFaq {

	private CompareFaq() {
	}

	static List<Faq> write(List<FaqSubject> subjects) {
		List<String> names = subjects.stream().map(FaqSubject::name).toList();
		String pace = pace(subjects);
		List<Faq> faqs = new ArrayList<>();
		faqs.add(new Faq("What is the difference between " + listing(names) + "?", overlap(subjects) + " " + pace
				+ " See the at-a-glance table above for a side-by-side breakdown of velocity, recent sparks, and editorial themes."));
		String noWinner = "Sparkpulse doesn't pick a winner — we score release velocity, not feature parity. " + pace
				+ " For your specific use case, the alternatives section above lists other " + sectors(subjects)
				+ " products to evaluate alongside.";
		if (subjects.size() == 2) {
			faqs.add(new Faq("Is " + names.get(0) + " better than " + names.get(1) + "?", noWinner));
		}
		else {
			faqs.add(new Faq("Which is better: " + listing(names, "or") + "?", noWinner));
		}
		subjects.forEach((subject) -> faqs.add(alternatives(subject)));
		return List.copyOf(faqs);
	}

	static String overlap(List<FaqSubject> subjects) {
		Set<String> sectors = subjects.stream()
			.map(FaqSubject::sectorName)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		String relation = (sectors.size() == 1) ? "They serve adjacent needs"
				: "They sit in different sectors (" + listing(List.copyOf(sectors)) + ")";
		List<String> shared = sharedByAll(subjects);
		if (shared.isEmpty()) {
			return relation + " but don't currently overlap on shipped themes.";
		}
		return relation + " and " + ((subjects.size() == 2) ? "both" : "all") + " ship around " + listing(shared) + ".";
	}

	static String pace(List<FaqSubject> subjects) {
		if (subjects.size() == 2) {
			return pace(subjects.get(0), subjects.get(1));
		}
		List<FaqSubject> ranked = subjects.stream()
			.sorted(Comparator.comparing(FaqSubject::velocity).reversed().thenComparing(FaqSubject::name))
			.toList();
		return "Ranked by velocity: "
				+ listing(ranked.stream().map((s) -> s.name() + " (" + s.velocity() + ")").toList()) + ", with "
				+ listing(ranked.stream().map((s) -> String.valueOf(s.sparks30d())).toList())
				+ " editorial sparks in the last 30 days respectively.";
	}

	private static String pace(FaqSubject a, FaqSubject b) {
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

	private static List<String> sharedByAll(List<FaqSubject> subjects) {
		List<String> shared = subjects.get(0).themes();
		for (FaqSubject other : subjects.subList(1, subjects.size())) {
			shared = SharedThemes.between(shared, other.themes());
		}
		return shared;
	}

	private static Faq alternatives(FaqSubject subject) {
		String question = "What are the best alternatives to " + subject.name() + "?";
		if (subject.topAlternatives().isEmpty()) {
			return new Faq(question, "Sparkpulse tracks no other " + subject.sectorName() + " product besides "
					+ subject.name() + " yet; /alternatives/" + subject.slug() + " will list them as they are added.");
		}
		return new Faq(question,
				"Ranked by recent ship velocity, the top " + subject.name() + " alternatives in " + subject.sectorName()
						+ " right now are " + listing(subject.topAlternatives()) + ". Visit /alternatives/"
						+ subject.slug() + " for the full list, with the themes each one shares with " + subject.name()
						+ ".");
	}

	private static String sectors(List<FaqSubject> subjects) {
		Set<String> seen = new HashSet<>();
		List<String> sectors = subjects.stream().map(FaqSubject::sectorName).filter(seen::add).toList();
		return listing(sectors);
	}

	private static String plural(int sparks) {
		return (sparks == 1) ? "spark" : "sparks";
	}

	static String listing(List<String> items) {
		return listing(items, "and");
	}

	static String listing(List<String> items, String conjunction) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

}
