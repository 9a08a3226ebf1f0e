package io.sparkpulse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalog dates its items relative to the day it loads, so a text that names a
 * month ("in March") is true on one load day and contradicted by the items on most
 * others. Editorial texts and item texts use relative or month-free wording instead.
 */
class DemoEditorialDatesTest {

	/**
	 * Full month names, and abbreviations only when a day or year follows ("Feb 1", "Oct
	 * '26"), so that a product called Jan is not taken for a date.
	 */
	private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
			+ "|September|October|November|December)\\b|\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+['\\d]");

	@Test
	void noDemoTextNamesAMonth() throws IOException {
		List<String> found = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/sectors/*.json");
		assertThat(files).hasSizeGreaterThanOrEqualTo(6);
		int texts = 0;
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				for (JsonNode product : json.readTree(in).get("products")) {
					String slug = product.get("slug").asString();
					List<String> fields = new ArrayList<>(List.of("headline", "summary"));
					for (String field : fields) {
						texts += check(found, slug + "." + field, product.get(field));
					}
					JsonNode editorial = product.get("editorial");
					if (editorial != null) {
						for (String field : List.of("headline", "currentState", "heading", "prediction")) {
							texts += check(found, slug + ".editorial." + field, editorial.get(field));
						}
					}
					for (JsonNode item : product.path("activity")) {
						texts += check(found, slug + " item " + item.get("title"), item.get("title"));
						texts += check(found, slug + " item summary", item.get("summary"));
					}
				}
			}
		}
		assertThat(texts).as("texts scanned").isGreaterThan(500);
		assertThat(found).isEmpty();
	}

	@Test
	void noLedgerTextNamesAMonth() throws IOException {
		List<String> found = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/ledger/*.json");
		assertThat(files).isNotEmpty();
		int texts = 0;
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				texts += checkEveryText(found, file.getFilename(), json.readTree(in));
			}
		}
		assertThat(texts).as("texts scanned").isGreaterThan(50);
		assertThat(found).isEmpty();
	}

	private static int checkEveryText(List<String> found, String where, JsonNode node) {
		if (node.isString()) {
			return check(found, where, node);
		}
		int texts = 0;
		for (JsonNode child : node) {
			texts += checkEveryText(found, where, child);
		}
		return texts;
	}

	@Test
	void thePatternFindsMonthsButNotTheJanApp() {
		assertThat(MONTH.matcher("the appeal was published in March").find()).isTrue();
		assertThat(MONTH.matcher("the Feb 1 key rotation").find()).isTrue();
		assertThat(MONTH.matcher("moving to Ollama, LM Studio or Jan.").find()).isFalse();
		assertThat(MONTH.matcher("it may ship").find()).isFalse();
	}

	private static int check(List<String> found, String where, JsonNode text) {
		if (text == null || text.isNull()) {
			return 0;
		}
		Matcher matcher = MONTH.matcher(text.asString());
		if (matcher.find()) {
			found.add(where + ": \"" + matcher.group() + "\"");
		}
		return 1;
	}

}
