package io.sparkpulse.compare;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.sparkpulse.alternatives.SharedThemes;
import io.sparkpulse.catalog.ShipRhythm;
import io.sparkpulse.web.SitePaths;

/**
 * Writes a compare page's FAQ from the products' figures. Each question answers one thing
 * (what they are, who ships faster, how regularly, editorial sparks, alternatives), so no
 * two answers repeat each other; a question the data has nothing to say about is left
 * out.
 */
final class CompareFaq {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final int THEMES = 2;

	private CompareFaq() {
	}

	static List<Faq> write(List<FaqSubject> subjects) {
		List<Faq> faqs = new ArrayList<>();
		difference(subjects).ifPresent(faqs::add);
		faqs.add(better(subjects));
		rhythm(subjects).ifPresent(faqs::add);
		sparks(subjects).ifPresent(faqs::add);
		faqs.addAll(alternatives(subjects));
		return List.copyOf(faqs);
	}

	/** What each product is, and where their recent work meets or parts. */
	static Optional<Faq> difference(List<FaqSubject> subjects) {
		List<String> names = names(subjects);
		List<String> sentences = new ArrayList<>();
		subjects.stream()
			.filter((subject) -> subject.headline() != null && !subject.headline().isBlank())
			.forEach((subject) -> sentences.add(subject.name() + ": " + stripStop(subject.headline()) + "."));
		Set<String> sectors = subjects.stream()
			.map(FaqSubject::sectorName)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (sectors.size() > 1) {
			sentences.add("They belong to different sectors (" + listing(List.copyOf(sectors)) + ").");
		}
		sentences.add(overlap(subjects));
		sentences.removeIf(String::isEmpty);
		if (sentences.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Faq("What is the difference between " + listing(names) + "?",
				List.of(Faq.Part.text(String.join(" ", sentences)))));
	}

	/**
	 * The themes all of them ship around, and each one's own, or nothing when none has
	 * themes.
	 */
	static String overlap(List<FaqSubject> subjects) {
		List<String> shared = sharedByAll(subjects);
		List<String> own = subjects.stream()
			.filter((subject) -> subject.themes().stream().anyMatch((theme) -> !shared.contains(theme)))
			.map((subject) -> subject.name() + "'s on " + listing(
					subject.themes().stream().filter((theme) -> !shared.contains(theme)).limit(THEMES).toList()))
			.toList();
		StringBuilder text = new StringBuilder();
		if (!shared.isEmpty()) {
			text.append((subjects.size() == 2) ? "Both" : "All of them")
				.append(" ship around ")
				.append(listing(shared))
				.append(".");
		}
		if (!own.isEmpty()) {
			text.append(text.isEmpty() ? "" : " ")
				.append(shared.isEmpty() ? "Their recent work differs: " : "Beyond that, ")
				.append(String.join("; ", own).replaceFirst("'s on", "'s centres on"))
				.append(".");
		}
		return text.toString();
	}

	/** Who ships faster, with the rank and recent releases behind it. */
	static Faq better(List<FaqSubject> subjects) {
		List<FaqSubject> ranked = subjects.stream()
			.sorted(Comparator.comparing(FaqSubject::velocity)
				.reversed()
				.thenComparing((FaqSubject subject) -> rankOrMax(subject.rhythm()))
				.thenComparing(FaqSubject::name))
			.toList();
		String question = (subjects.size() == 2)
				? "Is " + subjects.get(0).name() + " better than " + subjects.get(1).name() + "?"
				: "Which is better: " + listing(names(subjects), "or") + "?";
		List<Faq.Part> parts = new ArrayList<>();
		parts.add(Faq.Part.text("Sparkpulse compares how products ship, not their features. "));
		FaqSubject first = ranked.get(0);
		FaqSubject second = ranked.get(1);
		int order = first.velocity().compareTo(second.velocity());
		if (order == 0 && ranked.stream().allMatch((subject) -> subject.velocity().equals(first.velocity()))) {
			parts.add(Faq.Part
				.text(((subjects.size() == 2) ? "Both score " : "All score ") + first.velocity() + " for velocity"));
			String tieBreak = tieBreak(ranked);
			parts.add(Faq.Part.text(tieBreak.isEmpty() ? "." : "; " + tieBreak + "."));
		}
		else {
			String lead = (order == 0) ? " leads, tied on velocity but ahead on the ranking's tie-breaks: "
					: " ships fastest right now: ";
			parts.add(Faq.Part.text(first.name() + lead + figures(first) + ". "));
			List<FaqSubject> rest = ranked.subList(1, ranked.size());
			for (int i = 0; i < rest.size(); i++) {
				FaqSubject other = rest.get(i);
				parts.add(Faq.Part.text(((i == 0) ? "" : " ") + other.name() + ": " + figures(other)));
				if (other.velocity().signum() == 0 && other.rhythm() != null && other.rhythm().lastMoveOn() != null) {
					boolean shippedThisYear = other.rhythm().moves365d() != null && other.rhythm().moves365d() > 0;
					parts.add(Faq.Part.text(", " + other.rhythm().movesLastYear().toLowerCase(Locale.ROOT)
							+ (shippedThisYear ? ", the latest on " : "; the latest on ")));
					parts.add(Faq.Part.date(other.rhythm().lastMoveOn()));
				}
				parts.add(Faq.Part.text("."));
			}
		}
		return new Faq(question, List.copyOf(parts));
	}

	/**
	 * How often each releases and how long ago it last did; nothing when none ever did.
	 */
	static Optional<Faq> rhythm(List<FaqSubject> subjects) {
		if (subjects.stream()
			.noneMatch((subject) -> subject.rhythm() != null && subject.rhythm().lastReleaseOn() != null)) {
			return Optional.empty();
		}
		List<String> sentences = new ArrayList<>();
		for (FaqSubject subject : subjects) {
			ShipRhythm rhythm = subject.rhythm();
			if (rhythm == null || rhythm.lastReleaseOn() == null) {
				sentences.add(subject.name() + " has no release on record.");
				continue;
			}
			long since = rhythm.daysSinceLastRelease();
			String ago = (since == 0) ? "today" : since + ((since == 1) ? " day ago" : " days ago");
			if (rhythm.medianGap() != null) {
				sentences.add(subject.name() + " has released every " + rhythm.medianGap()
						+ " days over the last year (median gap), most recently " + ago + ".");
			}
			else if (since <= 365) {
				sentences.add(subject.name() + " released once in the last year, " + ago + ".");
			}
			else {
				sentences
					.add(subject.name() + " has not released in the last year; its latest release was " + ago + ".");
			}
		}
		return Optional.of(new Faq("How often do " + listing(names(subjects)) + " release?",
				List.of(Faq.Part.text(String.join(" ", sentences)))));
	}

	/** Editorial sparks of the last 30 days, only when there are any. */
	static Optional<Faq> sparks(List<FaqSubject> subjects) {
		if (subjects.stream().allMatch((subject) -> subject.sparks30d() == 0)) {
			return Optional.empty();
		}
		List<String> counts = subjects.stream()
			.sorted(Comparator.comparingInt(FaqSubject::sparks30d).reversed().thenComparing(FaqSubject::name))
			.map((subject) -> subject.name() + " "
					+ ((subject.sparks30d() == 0) ? "none"
							: subject.sparks30d() + ((subject.sparks30d() == 1) ? " spark" : " sparks")))
			.toList();
		return Optional.of(new Faq("Have our editors flagged any recent moves?",
				List.of(Faq.Part
					.text("In the last 30 days our editors marked moves as sparks, the ones worth a reader's"
							+ " attention: " + listing(counts) + "."))));
	}

	/**
	 * One question per distinct list of alternatives: products of one sector share a
	 * list, so they share the question; none when there is no alternative to name.
	 */
	static List<Faq> alternatives(List<FaqSubject> subjects) {
		Map<List<String>, List<FaqSubject>> byList = new LinkedHashMap<>();
		subjects.stream()
			.filter((subject) -> !subject.topAlternatives().isEmpty())
			.forEach((subject) -> byList.computeIfAbsent(subject.topAlternatives(), (list) -> new ArrayList<>())
				.add(subject));
		List<Faq> faqs = new ArrayList<>();
		byList.forEach((alternatives, group) -> {
			List<Faq.Part> parts = new ArrayList<>();
			String sectors = listing(group.stream().map(FaqSubject::sectorName).distinct().toList());
			parts.add(Faq.Part.text("Besides the products compared here, Sparkpulse suggests " + listing(alternatives)
					+ " from " + sectors + ". The full " + ((group.size() == 1) ? "list is" : "lists are") + " on "));
			for (int i = 0; i < group.size(); i++) {
				FaqSubject subject = group.get(i);
				parts.add(Faq.Part.link(subject.name() + " alternatives", SitePaths.alternatives(subject.slug())));
				parts.add(Faq.Part.text((i == group.size() - 1) ? "." : (i == group.size() - 2) ? " and " : ", "));
			}
			faqs.add(new Faq("What are the best alternatives to " + listing(names(group)) + "?", List.copyOf(parts)));
		});
		return faqs;
	}

	private static String figures(FaqSubject subject) {
		StringBuilder text = new StringBuilder("velocity " + subject.velocity());
		ShipRhythm rhythm = subject.rhythm();
		if (rhythm != null && rhythm.rankIn(subject.sectorName()) != null) {
			text.append(", ").append(rhythm.rankIn(subject.sectorName()));
		}
		if (rhythm != null && rhythm.releases90d() != null && rhythm.releases90d() > 0) {
			text.append(", ")
				.append(rhythm.releases90d())
				.append((rhythm.releases90d() == 1) ? " release" : " releases")
				.append(" in the last 90 days");
		}
		return text.toString();
	}

	/** What separates products of equal velocity, in ranking order; empty if nothing. */
	private static String tieBreak(List<FaqSubject> ranked) {
		if (ranked.stream().anyMatch((subject) -> subject.rhythm() == null || subject.rhythm().sectorRank() == null)) {
			return "";
		}
		return "the sector ranking, which breaks ties on recent releases, puts " + listing(ranked.stream()
			.map((subject) -> subject.name() + " " + subject.rhythm().rankIn(subject.sectorName()) + " ("
					+ subject.rhythm().releases90d()
					+ ((subject.rhythm().releases90d() == 1) ? " release" : " releases") + " in 90 days)")
			.toList());
	}

	private static int rankOrMax(ShipRhythm rhythm) {
		return (rhythm == null || rhythm.sectorRank() == null) ? Integer.MAX_VALUE : rhythm.sectorRank();
	}

	private static List<String> sharedByAll(List<FaqSubject> subjects) {
		List<String> shared = subjects.get(0).themes();
		for (FaqSubject other : subjects.subList(1, subjects.size())) {
			shared = SharedThemes.between(shared, other.themes());
		}
		return shared;
	}

	private static List<String> names(List<FaqSubject> subjects) {
		return subjects.stream().map(FaqSubject::name).toList();
	}

	private static String stripStop(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	static String listing(List<String> items) {
		return listing(items, "and");
	}

	static String listing(List<String> items, String conjunction) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

}
