package io.sparkpulse.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium works through the safe paths: a draft stays hidden from readers
 * until it is previewed and published; trajectory text is previewed on the public page
 * and kept, unsaved, for more editing; an activity item removed by mistake comes back
 * with the Undo button in the message; themes are added from the existing ones. What a
 * test changes is put back afterwards.
 */
@ExtendWith(BrowserToolsCheck.class)
@ServerTest
class EditorWorkflowsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	private HeldBack heldBack;

	@BeforeEach
	void signIn(BrowserTools tools) throws IOException {
		new TestAccounts(this.context).ensure("cleo@workflows.test", Role.EDITOR);
		this.browser = tools.startChromium();
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("email")).sendKeys("cleo@workflows.test");
		WebElement password = this.browser.findElement(By.id("password"));
		password.sendKeys(TestAccounts.PASSWORD);
		password.submit();
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin");
	}

	@AfterEach
	void quitAndPutTheProductBack() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.heldBack != null) {
			this.jdbc.sql("""
					update product set draft = false, retired_at = null, updated_at = :updated, version = version + 1
					where id = :id
					""").param("updated", this.heldBack.updatedAt()).param("id", this.heldBack.id()).update();
			pagesShowingItChanged(this.heldBack.id());
		}
	}

	/**
	 * A draft in Chromium, from the form that shows it to readers: a demo product is held
	 * back as a draft first, as a new product starts (the page tests cover creating one;
	 * a product made here could not be deleted again, its audit entries being permanent).
	 */
	@Test
	void aDraftStaysHiddenFromReadersUntilPreviewedAndPublished() throws Exception {
		this.heldBack = this.jdbc.sql("select id, updated_at from product where slug = 'prosody'")
			.query(HeldBack.class)
			.single();
		this.jdbc.sql("update product set draft = true, retired_at = updated_at, version = version + 1 where id = :id")
			.param("id", this.heldBack.id())
			.update();
		pagesShowingItChanged(this.heldBack.id());
		assertThat(readerStatus("/products/prosody")).isEqualTo(404);

		this.browser.get(url("/admin/products/" + this.heldBack.id()));
		assertThat(this.browser.findElement(By.id("publish-title")).getText()).isEqualTo("Draft: not public yet");
		this.browser.findElement(By.linkText("Preview the public page")).click();
		assertThat(this.browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("Publish now");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Prosody");
		assertThat(readerStatus("/products/prosody")).as("previewing publishes nothing").isEqualTo(404);

		submit(By.cssSelector(".preview-banner button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText())
			.startsWith("“Prosody” is published: readers see it now.");
		assertThat(readerStatus("/products/prosody")).isEqualTo(200);
	}

	record HeldBack(long id, java.sql.Timestamp updatedAt) {
	}

	@Test
	void trajectoryTextIsPreviewedOnThePublicPageAndKeptUnsavedForMoreEditing() {
		long prosody = this.jdbc.sql("select id from product where slug = 'prosody'").query(Long.class).single();
		int revisions = revisions(prosody);
		this.browser.get(url("/admin/products/" + prosody + "/trajectory"));
		type("headline", "Prosody, previewed before anyone reads it");
		submit(By.xpath("//button[normalize-space()='Preview on the public page']"));

		assertThat(this.browser.findElement(By.id("preview-title")).getText())
			.isEqualTo("Preview of revision " + (revisions + 1) + " (not saved)");
		assertThat(this.browser.findElement(By.cssSelector("#trajectory .headline")).getText())
			.isEqualTo("Prosody, previewed before anyone reads it");
		assertThat(revisions(prosody)).isEqualTo(revisions);

		submit(By.xpath("//button[normalize-space()='Keep editing']"));
		assertThat(this.browser.findElement(By.id("headline")).getAttribute("value"))
			.isEqualTo("Prosody, previewed before anyone reads it");
		assertThat(revisions(prosody)).as("nothing saved").isEqualTo(revisions);
	}

	@Test
	void anActivityItemRemovedByMistakeComesBackWithUndo() {
		long prosody = this.jdbc.sql("select id from product where slug = 'prosody'").query(Long.class).single();
		long item = this.jdbc.sql("select max(id) from activity_item where product_id = :id and removed_at is null")
			.param("id", prosody)
			.query(Long.class)
			.single();
		this.browser.get(url("/admin/products/" + prosody + "/activity"));
		submit(By.cssSelector("form[action$='/admin/activity/" + item + "/delete'] button"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isNotEmpty();
		assertThat(removed(item)).isTrue();

		submit(By.cssSelector("form.undo button"));
		assertThat(removed(item)).isFalse();
		assertThat(this.browser.findElements(By.cssSelector("form[action$='/admin/activity/" + item + "/delete']")))
			.hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("form.undo"))).isEmpty();
	}

	@Test
	void themesAreAddedFromTheExistingOnesAndANewOneIsFlaggedBeforeSaving() {
		this.browser.get(url("/admin/products/new"));
		WebElement adder = this.browser.findElement(By.id("theme-add"));
		assertThat(adder.getAttribute("list")).isEqualTo("theme-options");
		adder.sendKeys("self-hosted", Keys.ENTER);
		adder.sendKeys("Self Hosting Stuff", Keys.ENTER);
		assertThat(this.browser.findElement(By.id("themes")).getAttribute("value"))
			.isEqualTo("self-hosted\nself-hosting-stuff");
		assertThat(this.browser.findElement(By.id("theme-add-status")).getText())
			.isEqualTo("Added “self-hosting-stuff”. It is not a theme yet: saving will ask you to confirm making it.");
		assertThat(this.browser.getCurrentUrl()).as("Enter adds a theme, it does not send the form")
			.endsWith("/admin/products/new");
		assertAccessible();
	}

	private void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.browser);
		assertThat(results.getViolations()).as("axe-core on " + this.browser.getCurrentUrl())
			.noneMatch((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()));
	}

	private void type(String field, String text) {
		WebElement input = this.browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Clicks a submit button and waits for the page it leads to (a marker the old page
	 * carries is gone and the new one has loaded), so that the next step reads the new
	 * page.
	 */
	private void submit(By button) {
		JavascriptExecutor page = this.browser;
		page.executeScript("window.sparkpulseLeaving = true");
		this.browser.findElement(button).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(page
				.executeScript("return window.sparkpulseLeaving === undefined && document.readyState === 'complete'")));
	}

	private int readerStatus(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private int revisions(long productId) {
		return this.jdbc.sql("select count(*) from trajectory_revision where product_id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

	private boolean removed(long item) {
		return this.jdbc.sql("select removed_at is not null from activity_item where id = :id")
			.param("id", item)
			.query(Boolean.class)
			.single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * What the application's own writes do, for the product changed here by SQL: pages
	 * that show it (and site-wide lists) are rendered again.
	 */
	private void pagesShowingItChanged(long productId) {
		this.jdbc.sql("""
				insert into dependency_version (key, version, changed_at)
				select key, nextval('dependency_version_seq'), now() from unnest(array['site', :product]) as key
				on conflict (key) do update set version = excluded.version, changed_at = excluded.changed_at
				""").param("product", "product:" + productId).update();
	}

}
