package io.sparkpulse.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedUrlTest {

	@ParameterizedTest
	@CsvSource({
			"https://github.com/lumen-example/lumen/releases.atom, https://github.com/lumen-example/lumen/releases.atom",
			"'  HTTPS://GitHub.com/Lumen/releases.atom  ', https://github.com/Lumen/releases.atom",
			"http://lumen.example.org, http://lumen.example.org/",
			"https://lumen.example.org:8443/feed?format=atom#top, https://lumen.example.org:8443/feed?format=atom" })
	void storesOneSpellingOfEachAddress(String input, String stored) {
		assertThat(FeedUrl.normalize(input)).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                                    | Enter the feed's address.
			ftp://lumen.example.org/feed          | Enter an address starting with http:// or https://.
			javascript:alert(1)                   | Enter an address starting with http:// or https://.
			lumen.example.org/feed                | Enter an address starting with http:// or https://.
			https://user:secret@lumen.example.org | Leave user names and passwords out of feed addresses.
			https://lumen.example.org/a feed      | A feed address cannot contain spaces.
			https://lumen.example.org/%zz         | This is not a valid web address.
			https:///feed                         | The address needs a host name.
			""")
	void refusesWhatCannotBeFetchedWithAMessageForTheForm(String input, String message) {
		assertThatExceptionOfType(FeedSourceRejectedException.class).isThrownBy(() -> FeedUrl.normalize(input))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("feedSource.url.invalid"));
	}

	@Test
	void refusesAddressesLongerThanTheColumn() {
		assertThatExceptionOfType(FeedSourceRejectedException.class)
			.isThrownBy(() -> FeedUrl.normalize("https://lumen.example.org/" + "a".repeat(1000)));
	}

}
