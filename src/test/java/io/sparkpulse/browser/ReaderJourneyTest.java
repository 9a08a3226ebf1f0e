package io.sparkpulse.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's walk through the site in Debian's headless Chromium, clicking links as a
 * person would: home → sector → product → compare → alternatives. Every page on the way
 * has no serious or critical axe-core violation (WCAG 2.1 AA), validates with the Nu HTML
 * Checker, and is photographed at desktop width and at 360 px under
 * {@code target/screenshots}.
 */
@ExtendWith(BrowserToolsCheck.class)
@ServerTest
class ReaderJourneyTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path PAGES = Path.of("target", "validated-pages");

	private static WebDriver browser;

	private static Path vnuJar;

	@LocalServerPort
	int port;

	@BeforeEach
	void startBrowser(BrowserTools tools) throws IOException {
		if (browser != null) {
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(tools.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("sparkpulse-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(tools.chromedriver().toFile())
			.build();
		browser = new ChromeDriver(service, options);
		vnuJar = tools.vnuJar();
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		Files.createDirectories(PAGES);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReaderWalksFromHomeToAlternativesOnAccessibleValidPages() throws Exception {
		List<Path> saved = new ArrayList<>();
		browser.get(url("/"));
		saved.add(check("home"));

		click("#sectors a[href='/sectors/comms']");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Comms products ranked by velocity");
		saved.add(check("sector"));

		click("table.ranking a[href='/products/synapse']");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Synapse");
		saved.add(check("product"));

		click("#alternatives .card-links a");
		assertThat(browser.getCurrentUrl()).contains("/compare/").contains("synapse");
		assertThat(browser.findElements(By.cssSelector("#faq h3"))).hasSizeGreaterThanOrEqualTo(4);
		saved.add(check("compare"));

		click("#alternatives .see-all a");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Best ").endsWith(" alternatives");
		saved.add(check("alternatives"));

		browser.get(url("/compare/session-vs-synapse"));
		saved.add(check("compare-seed"));
		assertThat(browser.findElement(By.cssSelector("#bottom-line .kinds")).getText())
			.contains("different kinds of product");

		click("#bottom-line .kinds a[href='/compare/dendrite-vs-synapse']");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dendrite vs Synapse");
		assertThat(browser.findElement(By.cssSelector("#bottom-line .verdict .prose")).getText())
			.startsWith("Pick Synapse if");
		assertThat(browser.findElement(By.cssSelector("#at-a-glance tbody.fact-rows tr:nth-child(2) td:nth-of-type(2)"))
			.getText()).startsWith("AGPL-3.0-only · open source");
		String source = browser.findElement(By.cssSelector("#at-a-glance tbody.fact-rows sup a")).getAttribute("title");
		assertThat(source).startsWith("Checked ").contains(" against https://");
		saved.add(check("compare-verdict"));

		browser.get(url("/compare/redis-vs-session"));
		assertThat(browser.findElements(By.cssSelector("#alternatives"))).isEmpty();
		saved.add(check("compare-cross-sector"));
		browser.get(url("/methodology"));
		saved.add(check("methodology"));
		browser.get(url("/track-record"));
		saved.add(check("track-record"));
		browser.get(url("/corrections"));
		saved.add(check("corrections"));
		browser.get(url("/products/postgresql"));
		saved.add(check("product-with-ledger"));
		browser.get(url("/products/not-tracked"));
		saved.add(check("not-found"));

		assertThat(NuHtmlChecker.errors(vnuJar, saved)).isEmpty();
	}

	@Test
	void theComparePagesTrendChartIsReadableAndUnclippedOnA360PixelScreen() {
		browser.manage().window().setSize(new Dimension(360, 900));
		try {
			browser.get(url("/compare/session-vs-synapse"));
			assertThat(browser.findElements(By.cssSelector("#trend ul.legend li"))).extracting((li) -> li.getText())
				.containsExactly("Session", "Synapse");
			@SuppressWarnings("unchecked")
			List<java.util.Map<String, Object>> texts = (List<java.util.Map<String, Object>>) ((JavascriptExecutor) browser)
				.executeScript("""
						const svg = document.querySelector('#trend svg.score-chart');
						const box = svg.getBoundingClientRect();
						const scale = box.width / svg.viewBox.baseVal.width;
						return Array.from(svg.querySelectorAll('text')).map((t) => {
						  const r = t.getBoundingClientRect();
						  return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
						           left: r.left - box.left, right: box.right - r.right,
						           top: r.top - box.top, bottom: box.bottom - r.bottom };
						});
						""");
			assertThat(texts).hasSizeGreaterThan(10);
			assertThat(texts).allSatisfy((text) -> {
				assertThat(((Number) text.get("px")).doubleValue()).as("font size of %s", text.get("text"))
					.isGreaterThanOrEqualTo(11);
				for (String side : List.of("left", "right", "top", "bottom")) {
					assertThat(((Number) text.get(side)).doubleValue()).as("%s of %s", side, text.get("text"))
						.isGreaterThanOrEqualTo(-0.5);
				}
			});
			Object strokes = ((JavascriptExecutor) browser).executeScript(
					"return Array.from(document.querySelectorAll('#trend g.series polyline')).map((l) => getComputedStyle(l).stroke)");
			assertThat((List<?>) strokes).hasSize(2).doesNotHaveDuplicates();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private Path check(String name) throws IOException, InterruptedException {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser);
		List<String> serious = new ArrayList<>();
		for (Rule violation : results.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				serious.add(violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().size()
						+ " nodes, e.g. " + violation.getNodes().get(0).getTarget());
			}
		}
		assertThat(serious).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
		screenshot(name + "-desktop", 1280);
		screenshot(name + "-360", 360);
		Path page = PAGES.resolve(name + ".html");
		Files.writeString(page, fetchRaw(browser.getCurrentUrl()));
		return page;
	}

	private void screenshot(String name, int width) throws IOException {
		browser.manage().window().setSize(new Dimension(width, 900));
		long height = (Long) ((JavascriptExecutor) browser)
			.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
		browser.manage().window().setSize(new Dimension(width, (int) height));
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	private void click(String selector) {
		browser.findElement(By.cssSelector(selector)).click();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String fetchRaw(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

}
