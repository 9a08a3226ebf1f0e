package io.sparkpulse.admin.products;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeListTest {

	@Test
	void readsSlugsSeparatedByLinesOrCommasInOrder() {
		assertThat(ThemeList.parse("matrix\r\nfederation, sliding-sync,,\n\n security ")).containsExactly("matrix",
				"federation", "sliding-sync", "security");
		assertThat(ThemeList.parse(null)).isEmpty();
	}

	@Test
	void refusesMalformedRepeatedOrTooManyThemes() {
		assertThat(ThemeList.problem(List.of("matrix", "Bad Slug")))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("Bad Slug"));
		assertThat(ThemeList.problem(List.of("matrix", "matrix")))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("listed twice: matrix"));
		List<String> many = new java.util.ArrayList<>();
		for (int i = 0; i < 21; i++) {
			many.add("theme-" + i);
		}
		assertThat(ThemeList.problem(many)).hasValueSatisfying((problem) -> assertThat(problem).contains("at most 20"));
		assertThat(ThemeList.problem(List.of("matrix", "federation"))).isEmpty();
		assertThat(ThemeList.problem(Collections.emptyList())).isEmpty();
	}

}
