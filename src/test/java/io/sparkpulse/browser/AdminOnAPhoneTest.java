package io.sparkpulse.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin on a 390 px phone, in Debian's headless Chromium: no page of any type scrolls
 * sideways (wide tables scroll in their own box), and the lists editors work through most
 * have no serious or critical axe-core violation at that width.
 */
@ExtendWith(BrowserToolsCheck.class)
@ServerTest
class AdminOnAPhoneTest {

	private static final int PHONE = 390;

	/** The element reaching furthest right, to say what a failure is about. */
	private static final String WIDEST = """
			let widest = null, right = 0;
			for (const element of document.body.querySelectorAll('*')) {
			  const r = element.getBoundingClientRect().right;
			  if (r > right) { right = r; widest = element; }
			}
			return widest ? widest.tagName + '.' + widest.className + ' ' + Math.round(right) : '';
			""";

	/**
	 * A box that scrolls sideways on its own (a wide table): the page does not scroll,
	 * but what sits at the far end of the box (a row's actions) is off-screen all the
	 * same. Text fields scroll their own long text, and the public chart (in previews)
	 * scrolls with a cue by design.
	 */
	private static final String SCROLLING_BOX = """
			for (const box of document.querySelectorAll('main *:not(input, textarea, select, .chart)')) {
			  if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible'
			      && getComputedStyle(box).overflowX !== 'hidden') {
			    return box.tagName + '.' + box.className + ' ' + box.scrollWidth + ' in ' + box.clientWidth;
			  }
			}
			return null;
			""";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn(BrowserTools tools) throws IOException {
		if (browser != null) {
			return;
		}
		new TestAccounts(this.context).ensure("admin@phone.test", Role.ADMIN);
		browser = tools.startChromium();
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE, "height", 800, "deviceScaleFactor", 2, "mobile", true));
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys("admin@phone.test");
		WebElement password = browser.findElement(By.id("password"));
		password.sendKeys(TestAccounts.PASSWORD);
		password.submit();
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@Test
	void noAdminPageScrollsSidewaysOnAPhone() {
		List<String> overflowing = new ArrayList<>();
		for (String path : adminPages()) {
			browser.get(url(path));
			assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
			long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
			long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth");
			assertThat(clientWidth).as(path).isEqualTo(PHONE);
			if (scrollWidth > clientWidth) {
				overflowing.add(path + " is " + scrollWidth + " px wide in " + clientWidth + ", widest: "
						+ browser.executeScript(WIDEST));
			}
			Object hiddenInBox = browser.executeScript(SCROLLING_BOX);
			if (hiddenInBox != null) {
				overflowing.add(path + " hides part of a box off-screen: " + hiddenInBox);
			}
		}
		assertThat(overflowing).isEmpty();
	}

	@Test
	void noAdminPageHasASeriousAccessibilityProblemOnAPhone() {
		List<String> serious = new ArrayList<>();
		List<String> pages = new ArrayList<>(adminPages());
		pages.add("/admin/products?sort=SCORE");
		for (String path : pages) {
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

	/**
	 * One page of every admin type, with the demo catalog's own ids.
	 */
	private List<String> adminPages() {
		long synapse = id("select id from product where slug = 'synapse'");
		long item = id("select max(id) from activity_item where product_id = " + synapse);
		long sector = id("select id from sector where slug = 'comms'");
		long matrix = id("select id from theme where slug = 'matrix'");
		long federation = id("select id from theme where slug = 'federation'");
		long selfHosting = id("select id from theme where slug = 'self-hosting'");
		long selfHosted = id("select id from theme where slug = 'self-hosted'");
		long prediction = id("select min(id) from prediction");
		List<String> feeds = this.jdbc.sql("select '/admin/feeds/' || min(id) from feed_source having count(*) > 0")
			.query(String.class)
			.list();
		List<Long> verdict = this.jdbc.sql("select first_id, second_id from verdict_revision order by id limit 1")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
		SignedInEditor admin = new TestAccounts(this.context).ensure("admin@phone.test", Role.ADMIN);
		String product = "/admin/products/" + synapse;
		List<String> pages = new ArrayList<>(List.of("/admin", "/admin/products", "/admin/products?q=syn&sort=UPDATED",
				"/admin/products/new", product, product + "/preview", product + "/retire", product + "/facts",
				product + "/trajectory", product + "/trajectory/revisions", product + "/trajectory/revisions/1",
				product + "/trajectory/revisions/1/restore", product + "/activity", product + "/activity/new",
				"/admin/activity/" + item, product + "/feeds", "/admin/review", "/admin/predictions",
				"/admin/predictions/" + prediction, "/admin/verdicts",
				"/admin/verdicts/" + verdict.get(0) + "/" + verdict.get(1), "/admin/sectors", "/admin/sectors/new",
				"/admin/sectors/" + sector, "/admin/themes", "/admin/themes?q=self", "/admin/themes/new",
				"/admin/themes/" + matrix, "/admin/themes/" + federation + "/merge?targetId=" + matrix,
				"/admin/themes/merge?ids=" + selfHosting + "&targetId=" + selfHosted, "/admin/audit",
				"/admin/audit?product=synapse", "/admin/users", "/admin/users/new",
				"/admin/users/" + admin.actor().id() + "/password"));
		pages.addAll(feeds);
		return pages;
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
