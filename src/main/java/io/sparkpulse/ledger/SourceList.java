package io.sparkpulse.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sources of one editorial block as editors type them, one a line:
 * {@code https://example.org/post | Title of the page | 2026-12-01}. Parsing reports the
 * first line that does not fit, so the form can say which one.
 */
public final class SourceList {

	public static final int MAX_SOURCES = 12;

	private static final Pattern HTTP = Pattern.compile("^https?://\\S+$");

	private SourceList() {
	}

	/**
	 * The sources of {@code text} (blank lines ignored), or the problem with its first
	 * bad line.
	 */
	public static Parsed parse(String text, LocalDate today) {
		List<Source> sources = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Parsed(sources, null);
		}
		String[] lines = text.strip().split("\\R");
		int number = 0;
		for (String raw : lines) {
			number++;
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3) {
				return problem(number, "write the address, the title and the date read, separated by |");
			}
			String url = parts[0].strip();
			String title = parts[1].strip();
			if (!HTTP.matcher(url).matches() || url.length() > 1000) {
				return problem(number, "the address must start with http:// or https://");
			}
			if (title.isEmpty() || title.length() > 200) {
				return problem(number, "give the page a title of at most 200 characters");
			}
			LocalDate retrieved;
			try {
				retrieved = LocalDate.parse(parts[2].strip());
			}
			catch (DateTimeParseException ex) {
				return problem(number, "write the date read as YYYY-MM-DD");
			}
			if (retrieved.isAfter(today)) {
				return problem(number, "the date read cannot be in the future");
			}
			sources.add(new Source(url, title, retrieved));
		}
		if (sources.size() > MAX_SOURCES) {
			return new Parsed(List.of(), "List at most " + MAX_SOURCES + " sources per block.");
		}
		return new Parsed(sources, null);
	}

	/**
	 * The text an editor would type for {@code sources}, so a form starts from the
	 * current ones.
	 */
	public static String format(List<Source> sources) {
		return sources.stream()
			.map((source) -> source.url() + " | " + source.title() + " | " + source.retrievedOn())
			.collect(Collectors.joining("\n"));
	}

	private static Parsed problem(int line, String message) {
		return new Parsed(List.of(), "Line " + line + ": " + message + ".");
	}

	/**
	 * @param problem what is wrong, or {@code null} when every line is a source
	 */
	public record Parsed(List<Source> sources, String problem) {

		public boolean valid() {
			return this.problem == null;
		}

	}

}
