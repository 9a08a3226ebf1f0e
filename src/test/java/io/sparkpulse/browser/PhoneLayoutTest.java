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
import java.util.Map;

import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type on a phone, in Debian's headless Chromium emulating 360 and 390
 * px wide screens: nothing scrolls sideways, the product page's stat cards sit two to a
 * row and its chart text is at least 11 px; and the "Compare with…" form leads to the
 * canonical comparison, with names suggested as the reader types.
 */
@ExtendWith(BrowserToolsCheck.class)
@ServerTest
class PhoneLayoutTest {

	/** One page of each public type, and the states of the pages that have several. */
	private static final List<String> PAGES = List.of("/", "/sectors", "/sectors/comms", "/products/synapse",
			"/products/firefox?page=2", "/alternatives/synapse", "/compare/session-vs-synapse",
			"/compare/session-vs-signal-vs-synapse", "/compare/element-vs-session-vs-signal-vs-synapse", "/methodology",
			"/search", "/search?q=sync", "/search?q=zzzqqx", "/compare", "/compare?with=synapse&add=nothing-like-it",
			"/products/not-tracked");

	/** The element reaching furthest right, to say what a failure is about. */
	private static final String WIDEST = """
			let widest = null, right = 0;
			for (const element of document.body.querySelectorAll('*')) {
			  const r = element.getBoundingClientRect().right;
			  if (r > right) { right = r; widest = element; }
			}
			return widest ? widest.tagName + '.' + widest.className + ' ' + Math.round(right) : '';
			""";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	private static Path vnuJar;

	@BeforeEach
	void startBrowser(BrowserTools tools) throws IOException {
		if (browser != null) {
			return;
		}
		browser = tools.startChromium();
		vnuJar = tools.vnuJar();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void noPublicPageScrollsSidewaysOnAPhone() {
		List<String> overflowing = new ArrayList<>();
		for (int width : new int[] { 360, 390 }) {
			phone(width);
			for (String path : PAGES) {
				browser.get(url(path));
				long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
				long innerWidth = (Long) browser.executeScript("return window.innerWidth");
				if (scrollWidth > width || innerWidth > width) {
					overflowing.add(path + " at " + width + " px is " + Math.max(scrollWidth, innerWidth)
							+ " px wide, widest: " + browser.executeScript(WIDEST));
				}
			}
		}
		assertThat(overflowing).isEmpty();
	}

	@Test
	void noPublicPageHasASeriousAccessibilityProblemOnAPhone() {
		phone(360);
		List<String> serious = new ArrayList<>();
		for (String path : PAGES) {
			browser.get(url(path));
			Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(browser);
			for (Rule violation : results.getViolations()) {
				if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
					serious.add(path + " " + violation.getId() + ": " + violation.getHelp() + " "
							+ violation.getNodes().get(0).getTarget());
				}
			}
		}
		assertThat(serious).isEmpty();
	}

	@Test
	void theProductPageReadsOnAPhone() {
		phone(360);
		browser.get(url("/products/synapse"));
		List<WebElement> cards = browser.findElements(By.cssSelector(".facts > div"));
		assertThat(cards.get(0).getLocation().getY()).isEqualTo(cards.get(1).getLocation().getY());
		assertThat(cards.get(0).getLocation().getX()).isLessThan(cards.get(1).getLocation().getX());
		Number smallest = (Number) browser.executeScript("""
				const svg = document.querySelector('.chart svg');
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return Math.min(...Array.from(svg.querySelectorAll('text'),
				    (text) => parseFloat(getComputedStyle(text).fontSize) * scale));
				""");
		assertThat(smallest.doubleValue()).isGreaterThanOrEqualTo(11.0);
	}

	@Test
	void wideComparisonTablesScrollInTheirOwnBoxWithACue() {
		phone(360);
		browser.get(url("/compare/element-vs-session-vs-signal-vs-synapse"));
		WebElement box = browser.findElement(By.cssSelector("#at-a-glance .table-scroll"));
		long inner = (Long) browser.executeScript("return arguments[0].scrollWidth", box);
		long outer = (Long) browser.executeScript("return arguments[0].clientWidth", box);
		assertThat(inner).isGreaterThan(outer);
		assertThat(browser.findElement(By.cssSelector("#at-a-glance .scroll-cue")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector("#at-a-glance tbody th")).getCssValue("position"))
			.isEqualTo("sticky");
	}

	@Test
	void theCompareFormLeadsToTheCanonicalComparisonAndSuggestsNames() {
		desktop();
		browser.get(url("/products/synapse"));
		WebElement field = browser.findElement(By.id("compare-with-name"));
		field.sendKeys("Sess");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				(driver) -> !driver.findElements(By.cssSelector("#compare-with-name-options option[value='Session']"))
					.isEmpty());
		field.sendKeys("ion");
		browser.findElement(By.cssSelector("#compare-with button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/compare/session-vs-synapse"));

		browser.findElement(By.id("compare-add-name")).sendKeys("signal");
		browser.findElement(By.cssSelector("#add-product button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/compare/session-vs-signal-vs-synapse"));
	}

	@Test
	void theNewPagesAreValidHtml() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "validated-pages"));
		List<Path> saved = new ArrayList<>();
		for (String path : List.of("/compare", "/compare?with=synapse&add=nothing-like-it", "/sectors/comms",
				"/search?q=sync", "/compare/element-vs-session-vs-signal-vs-synapse")) {
			Path page = dir.resolve("phone-" + saved.size() + ".html");
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
			Files.writeString(page, response.body());
			saved.add(page);
		}
		assertThat(NuHtmlChecker.errors(vnuJar, saved)).isEmpty();
	}

	private static void phone(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
	}

	private static void desktop() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
