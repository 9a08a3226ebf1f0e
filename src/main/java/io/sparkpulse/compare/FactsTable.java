package io.sparkpulse.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.sparkpulse.activity.ActivityEntry;
import io.sparkpulse.activity.LatestReleases;
import io.sparkpulse.facts.Adoption;
import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;

/**
 * The facts rows of a compare page's at-a-glance table: one row per fact, one cell per
 * product, "unknown" where nobody entered it, and each entered fact's source as a
 * numbered note (the same address cited twice keeps one number).
 */
final class FactsTable {

	static final String UNKNOWN = "unknown";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private FactsTable() {
	}

	/**
	 * @param facts the products' facts, in column order
	 * @param releases the products' latest releases, in column order
	 */
	static Table of(List<ProductFacts> facts, List<LatestReleases> releases) {
		Builder table = new Builder();
		table.row("Category", facts, (f) -> (f.category() != null) ? new Sourced<>(f.category(), null, null) : null,
				Function.identity());
		table.row("Licence", facts, ProductFacts::licence,
				(Licence l) -> l.label() + (l.openSource() ? " · open source" : " · not open source"));
		table.row("Hosting", facts, ProductFacts::hosting, Hosting::label);
		table.row("Platforms", facts, ProductFacts::platforms, (List<String> p) -> String.join(", ", p));
		table.row("Main language", facts, ProductFacts::language, Function.identity());
		table.row("Pricing", facts, ProductFacts::pricing, Pricing::label);
		table.row("First release", facts, ProductFacts::firstRelease, String::valueOf);
		table.row("Adoption", facts, ProductFacts::adoption, Adoption::label);
		table.derived("Latest release", releases, LatestReleases::release, "none recorded");
		table.derived("Latest release candidate or beta", releases, LatestReleases::pendingPreRelease,
				"none since the latest release");
		return new Table(table.rows, table.notes);
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	private static final class Builder {

		private final List<Row> rows = new ArrayList<>();

		private final List<Note> notes = new ArrayList<>();

		<T> void row(String label, List<ProductFacts> facts, Function<ProductFacts, Sourced<T>> fact,
				Function<T, String> text) {
			List<Cell> cells = new ArrayList<>();
			for (ProductFacts product : facts) {
				Sourced<T> value = fact.apply(product);
				if (value == null) {
					cells.add(new Cell(UNKNOWN, true, null, null));
				}
				else {
					cells.add(new Cell(text.apply(value.value()), false,
							(value.sourceUrl() != null) ? note(value.sourceUrl(), value.checkedOn()) : null, null));
				}
			}
			this.rows.add(new Row(label, cells));
		}

		void derived(String label, List<LatestReleases> releases, Function<LatestReleases, ActivityEntry> pick,
				String none) {
			List<Cell> cells = new ArrayList<>();
			for (LatestReleases product : releases) {
				ActivityEntry entry = pick.apply(product);
				if (entry == null) {
					cells.add(new Cell(none, false, null, null));
				}
				else {
					cells.add(new Cell(LatestReleases.versionOf(entry), false,
							(entry.sourceUrl() != null) ? note(entry.sourceUrl(), null) : null, entry.occurredOn()));
				}
			}
			this.rows.add(new Row(label, cells));
		}

		private Note note(String url, LocalDate checkedOn) {
			String iso = (checkedOn != null) ? checkedOn.toString() : null;
			for (Note note : this.notes) {
				if (note.url().equals(url) && Objects.equals(note.checkedOn(), iso)) {
					return note;
				}
			}
			Note note = new Note(this.notes.size() + 1, url, iso, (checkedOn != null) ? day(checkedOn) : null);
			this.notes.add(note);
			return note;
		}

	}

	/**
	 * @param notes every cited source, numbered in order of first use
	 */
	record Table(List<Row> rows, List<Note> notes) {
	}

	record Row(String label, List<Cell> cells) {
	}

	/**
	 * @param unknown whether nobody entered this fact
	 * @param note the source it was checked against, or {@code null}
	 * @param date the day a derived fact happened (a release), or {@code null}
	 */
	record Cell(String text, boolean unknown, Note note, LocalDate date) {

		public String dateLabel() {
			return (this.date != null) ? day(this.date) : null;
		}

		public String title() {
			if (this.note == null) {
				return null;
			}
			return (this.note.checked() != null) ? "Checked " + this.note.checked() + " against " + this.note.url()
					: "Source: " + this.note.url();
		}

	}

	/**
	 * A numbered source.
	 *
	 * @param checkedOn ISO day it was checked, for {@code <time datetime>}, or
	 * {@code null} for a recorded release
	 * @param checked the same day in words
	 */
	record Note(int number, String url, String checkedOn, String checked) {
	}

}
