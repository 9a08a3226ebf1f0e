package io.sparkpulse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors in two Chromium sessions edit the same product: a save that lost the race
 * is merged, a real clash is offered to choose, the draft-style preview shows the public
 * template, retiring asks first and the dashboard lists what needs attention. Every admin
 * page on the way has no serious or critical axe-core violation. The product's text is
 * put back afterwards.
 */
@ExtendWith(BrowserToolsCheck.class)
@ServerTest
class EditorJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private final List<WebDriver> browsers = new ArrayList<>();

	private BrowserTools tools;

	private long id;

	private String headline;

	private String summary;

	@BeforeEach
	void product(BrowserTools tools) {
		this.tools = tools;
		TestAccounts accounts = new TestAccounts(this.context);
		accounts.ensure("ada@journey.test", Role.EDITOR);
		accounts.ensure("bea@journey.test", Role.EDITOR);
		this.id = this.jdbc.sql("select id from product where slug = 'prosody'").query(Long.class).single();
		this.headline = column("headline");
		this.summary = column("summary");
	}

	@AfterEach
	void putBack() {
		this.browsers.forEach(WebDriver::quit);
		this.jdbc.sql("update product set headline = :headline, summary = :summary where id = :id")
			.param("headline", this.headline)
			.param("summary", this.summary)
			.param("id", this.id)
			.update();
	}

	@Test
	void twoEditorsSaveTheSameProductWithoutLosingEitherChange() throws Exception {
		WebDriver ada = signedIn("ada@journey.test");
		WebDriver bea = signedIn("bea@journey.test");
		ada.get(url("/admin/products/" + this.id));
		bea.get(url("/admin/products/" + this.id));

		type(ada, "headline", "Ada’s headline for Prosody");
		submit(ada);
		assertThat(ada.findElement(By.cssSelector(".notice")).getText()).contains("saved");
		type(bea, "summary", "Bea’s summary for Prosody");
		submit(bea);
		assertThat(bea.findElement(By.cssSelector(".notice")).getText())
			.contains("had saved changes to Headline; they are kept with yours");
		assertThat(column("headline")).isEqualTo("Ada’s headline for Prosody");
		assertThat(column("summary")).isEqualTo("Bea’s summary for Prosody");

		ada.get(url("/admin/products/" + this.id));
		bea.get(url("/admin/products/" + this.id));
		type(ada, "headline", "Ada again");
		submit(ada);
		type(bea, "headline", "Bea again");
		submit(bea);
		assertThat(bea.findElements(By.cssSelector(".clashes tbody tr"))).hasSize(1);
		assertAccessible(bea);
		bea.findElement(By.cssSelector("input[name='choice[headline]'][value=theirs]")).click();
		submit(bea);
		assertThat(column("headline")).isEqualTo("Ada again");

		bea.get(url("/admin/products/" + this.id + "/preview"));
		assertThat(bea.findElement(By.cssSelector(".preview-banner h2")).getText()).isEqualTo("Preview");
		assertThat(bea.findElement(By.tagName("h1")).getText()).isEqualTo("Prosody");

		ada.get(url("/admin/products/" + this.id));
		ada.findElement(By.cssSelector("a[href$='/retire']")).click();
		assertThat(ada.findElement(By.tagName("h1")).getText()).isEqualTo("Retire Prosody?");
		assertAccessible(ada);
		ada.findElement(By.linkText("No, keep it public")).click();
		assertThat(this.jdbc.sql("select retired_at is null from product where id = :id")
			.param("id", this.id)
			.query(Boolean.class)
			.single()).isTrue();

		ada.get(url("/admin"));
		assertThat(ada.findElement(By.id("attention-title")).getText()).isEqualTo("Needs attention");
		assertAccessible(ada);
	}

	private WebDriver signedIn(String email) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(this.tools.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("sparkpulse-editor"));
		WebDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(this.tools.chromedriver().toFile()).build(),
				options);
		this.browsers.add(browser);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		WebElement password = browser.findElement(By.id("password"));
		password.sendKeys(TestAccounts.PASSWORD);
		password.submit();
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
		return browser;
	}

	private static void type(WebDriver browser, String field, String text) {
		WebElement input = browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Clicks the form's first button and waits for the page it leads to, so that the next
	 * step never reads, or navigates away from, the page being left.
	 */
	private static void submit(WebDriver browser) {
		JavascriptExecutor page = (JavascriptExecutor) browser;
		page.executeScript("window.sparkpulseLeaving = true");
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		// While the next page loads, a script may find no document to run in: try again.
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(page
				.executeScript("return window.sparkpulseLeaving === undefined && document.readyState === 'complete'")));
	}

	private static void assertAccessible(WebDriver browser) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser);
		List<String> serious = new ArrayList<>();
		for (Rule violation : results.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				serious.add(
						violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().get(0).getTarget());
			}
		}
		assertThat(serious).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
	}

	private String column(String name) {
		return this.jdbc.sql("select " + name + " from product where id = :id")
			.param("id", this.id)
			.query(String.class)
			.single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
