package io.sparkpulse.ledger;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceListTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void eachLineIsAnAddressATitleAndTheDayItWasRead() {
		SourceList.Parsed parsed = SourceList.parse("""
				https://example.org/release | Release notes of 1.2 | 2026-06-01

				  http://example.org/blog |  Roadmap post  | 2026-06-15
				""", TODAY);
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.sources()).containsExactly(
				new Source("https://example.org/release", "Release notes of 1.2", LocalDate.of(2026, 6, 1)),
				new Source("http://example.org/blog", "Roadmap post", TODAY));
	}

	@Test
	void anEmptyListHasNoSources() {
		assertThat(SourceList.parse(null, TODAY).sources()).isEmpty();
		assertThat(SourceList.parse("  \n ", TODAY).valid()).isTrue();
	}

	@Test
	void theFirstBadLineIsNamedWithWhatIsWrong() {
		assertThat(SourceList.parse("https://a.example | A | 2026-06-01\nnot a source", TODAY).problem())
			.isEqualTo("Line 2: write the address, the title and the date read, separated by |.");
		assertThat(SourceList.parse("javascript:alert(1) | A | 2026-06-01", TODAY).problem())
			.isEqualTo("Line 1: the address must start with http:// or https://.");
		assertThat(SourceList.parse("https://a.example |  | 2026-06-01", TODAY).problem())
			.isEqualTo("Line 1: give the page a title of at most 200 characters.");
		assertThat(SourceList.parse("https://a.example | A | 1 June", TODAY).problem())
			.isEqualTo("Line 1: write the date read as YYYY-MM-DD.");
		assertThat(SourceList.parse("https://a.example | A | 2026-06-16", TODAY).problem())
			.isEqualTo("Line 1: the date read cannot be in the future.");
	}

	@Test
	void formattedSourcesParseBackToTheSameList() {
		List<Source> sources = List.of(new Source("https://a.example/x", "A page", LocalDate.of(2026, 5, 2)),
				new Source("https://b.example/y", "Another", LocalDate.of(2026, 5, 3)));
		assertThat(SourceList.parse(SourceList.format(sources), TODAY).sources()).isEqualTo(sources);
	}

}
