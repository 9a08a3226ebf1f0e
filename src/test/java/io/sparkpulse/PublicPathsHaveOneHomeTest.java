package io.sparkpulse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public paths are spelled in {@code web.SitePaths} alone: Java code calls its builders
 * and templates its {@code #paths} object, so a path changes in one place. Request
 * mappings use its constants too.
 */
class PublicPathsHaveOneHomeTest {

	private static final Path JAVA = Path.of("src/main/java/io/sparkpulse");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path HOME = JAVA.resolve("web/SitePaths.java");

	private static final Pattern JAVA_LITERAL = Pattern.compile(
			"\"/(products|compare|sectors|alternatives|cards|sitemaps?|feed\\.atom|methodology|track-record|corrections)\\b");

	private static final Pattern TEMPLATE_LINK = Pattern.compile("@\\{/(products|compare|sectors|alternatives)/");

	@Test
	void noJavaCodeButSitePathsSpellsAPublicPath() throws IOException {
		assertThat(spellings(JAVA, ".java", JAVA_LITERAL)).isEmpty();
	}

	@Test
	void templatesLinkToProductsComparisonsAndSectorsThroughSitePaths() throws IOException {
		assertThat(spellings(TEMPLATES, ".html", TEMPLATE_LINK)).isEmpty();
	}

	private static List<String> spellings(Path root, String suffix, Pattern pattern) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(suffix)).toList()) {
				if (file.equals(HOME)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int line = 0; line < lines.size(); line++) {
					Matcher matcher = pattern.matcher(lines.get(line));
					if (matcher.find()) {
						found.add(file + ":" + (line + 1) + ": " + lines.get(line).strip());
					}
				}
			}
		}
		return found;
	}

}
