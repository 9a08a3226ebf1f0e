package io.sparkpulse.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;

/**
 * The two or three sentences at the top of a compare page, written from the data: who
 * ships faster and how regularly, the main difference in facts, and each product's
 * editorial headline. A sentence with nothing to say is left out.
 */
final class BottomLine {

	private BottomLine() {
	}

	static List<String> write(List<Subject> subjects) {
		List<String> sentences = new ArrayList<>();
		sentences.add(pace(subjects));
		difference(subjects).ifPresent(sentences::add);
		headlines(subjects).ifPresent(sentences::add);
		return sentences;
	}

	/**
	 * "Synapse ships faster: velocity 5.0 against 0.0 for Session. Synapse moves every 6
	 * days on median, Session every 41."
	 */
	static String pace(List<Subject> subjects) {
		List<Subject> fastest = subjects.stream().sorted(Comparator.comparing(Subject::velocity).reversed()).toList();
		StringBuilder sentence = new StringBuilder();
		Subject lead = fastest.get(0);
		List<Subject> rest = fastest.subList(1, fastest.size());
		if (rest.stream().allMatch((s) -> s.velocity().compareTo(lead.velocity()) == 0)) {
			sentence.append(names(subjects))
				.append(" ship at the same pace by velocity (")
				.append(lead.velocity())
				.append(")");
		}
		else {
			sentence.append(lead.name())
				.append((subjects.size() == 2) ? " ships faster: velocity " : " ships fastest: velocity ")
				.append(lead.velocity())
				.append(" against ")
				.append(rest.stream().map((s) -> s.velocity() + " for " + s.name()).collect(Collectors.joining(", ")));
		}
		List<String> rhythms = fastest.stream().map(BottomLine::rhythm).toList();
		sentence.append("; ").append(String.join(", ", rhythms)).append('.');
		return sentence.toString();
	}

	private static String rhythm(Subject subject) {
		if (subject.shipDays() == 0) {
			return subject.name() + " has recorded no ship move yet";
		}
		if (subject.medianGapDays() == null) {
			return subject.name() + " has shipped on a single day so far";
		}
		long days = Math.round(subject.medianGapDays());
		return subject.name() + " ships every " + ((days <= 1) ? "day" : days + " days") + " on median";
	}

	/**
	 * The first fact, in order of what a reader weighs first, on which the products
	 * differ and that is known for all of them. Categories are left to the kinds warning,
	 * which names them when they differ.
	 */
	static Optional<String> difference(List<Subject> subjects) {
		List<Aspect> aspects = List.of(
				new Aspect("licence",
						(f) -> value(f.licence()) == null ? null
								: (value(f.licence()).openSource() ? "open" : "closed"),
						(v) -> "open".equals(v) ? "open source" : "not open source"),
				new Aspect("hosting", (f) -> name(value(f.hosting())), (v) -> hosting(Hosting.valueOf(v))),
				new Aspect("pricing", (f) -> name(value(f.pricing())),
						(v) -> Pricing.valueOf(v).label().toLowerCase(java.util.Locale.ROOT)),
				new Aspect("licence family", (f) -> licenceFamily(f),
						(v) -> "under " + Licence.Family.valueOf(v).phrase()),
				new Aspect("language", (f) -> value(f.language()), (v) -> "written in " + v));
		for (Aspect aspect : aspects) {
			List<String> values = subjects.stream().map((s) -> aspect.value().apply(s.facts())).toList();
			if (values.stream().anyMatch(Objects::isNull) || values.stream().distinct().count() < 2) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < subjects.size(); i++) {
				parts.add(subjects.get(i).name() + " is " + aspect.phrase().apply(values.get(i)));
			}
			return Optional.of("The main difference in facts is the " + aspect.label() + ": " + join(parts) + ".");
		}
		List<String> shared = new ArrayList<>();
		for (Aspect aspect : aspects.subList(0, 3)) {
			List<String> values = subjects.stream().map((s) -> aspect.value().apply(s.facts())).toList();
			if (values.stream().noneMatch(Objects::isNull)) {
				shared.add(aspect.phrase().apply(values.get(0)));
			}
		}
		if (shared.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of("Their main facts agree: " + ((subjects.size() == 2) ? "both" : "all") + " are " + join(shared) + ".");
	}

	/**
	 * "In our editors' words: Session “…”; Synapse “…”."
	 */
	static Optional<String> headlines(List<Subject> subjects) {
		List<String> parts = subjects.stream()
			.filter((s) -> s.headline() != null && !s.headline().isBlank())
			.map((s) -> s.name() + ": “" + s.headline().strip() + "”")
			.toList();
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("In our editors’ words, " + String.join("; ", parts) + ".");
	}

	private static String hosting(Hosting hosting) {
		return switch (hosting) {
			case SELF_HOSTED -> "self-hosted";
			case HOSTED -> "a hosted service";
			case BOTH -> "available self-hosted or hosted";
		};
	}

	private static String licenceFamily(ProductFacts facts) {
		Licence licence = value(facts.licence());
		return (licence != null) ? licence.family().name() : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <T> T value(Sourced<T> fact) {
		return (fact != null) ? fact.value() : null;
	}

	static String article(String noun) {
		return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0) ? "an" : "a";
	}

	private static String names(List<Subject> subjects) {
		return join(subjects.stream().map(Subject::name).toList());
	}

	private static String join(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/**
	 * One compared product as the bottom line sees it.
	 *
	 * @param medianGapDays median days between ship days, or {@code null} with fewer than
	 * two
	 * @param headline its editorial headline, or {@code null}
	 */
	record Subject(String name, BigDecimal velocity, int shipDays, Double medianGapDays, ProductFacts facts,
			String headline) {
	}

	private record Aspect(String label, Function<ProductFacts, String> value, Function<String, String> phrase) {
	}

}
