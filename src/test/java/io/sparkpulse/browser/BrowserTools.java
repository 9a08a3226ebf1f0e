package io.sparkpulse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Where the browser tests find Debian's Chromium, its driver and the Nu HTML Checker.
 * Nothing is ever downloaded by the tests: `.ci/run` installs these (see README), and
 * without them the tests are skipped with a message saying what is missing.
 */
final class BrowserTools {

	static final Path CHROMIUM = Path.of(env("SPARKPULSE_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(env("SPARKPULSE_CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path VNU_JAR = Path
		.of(env("SPARKPULSE_VNU_JAR", "/opt/sparkpulse-tools/node_modules/vnu-jar/build/dist/vnu.jar"));

	private BrowserTools() {
	}

	/**
	 * Why the browser tests cannot run here, if they cannot.
	 */
	static Optional<String> missing() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return Optional.of("Browser tests skipped: Chromium or ChromeDriver not found at " + CHROMIUM + " and "
					+ CHROMEDRIVER + " (apt-get install -y chromium chromium-driver, or set SPARKPULSE_CHROMIUM"
					+ " and SPARKPULSE_CHROMEDRIVER)");
		}
		if (!Files.isReadable(VNU_JAR)) {
			return Optional.of("Browser tests skipped: the Nu HTML Checker is not at " + VNU_JAR
					+ " (npm install --prefix /opt/sparkpulse-tools vnu-jar, or set SPARKPULSE_VNU_JAR)");
		}
		return Optional.empty();
	}

	/**
	 * Debian's headless Chromium, driven through its ChromeDriver, with nothing that
	 * reaches the network on its own.
	 */
	static ChromeDriver chromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("sparkpulse-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
