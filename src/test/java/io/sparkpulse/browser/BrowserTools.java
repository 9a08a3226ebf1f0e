package io.sparkpulse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Where the browser tests find Debian's Chromium, its driver and the Nu HTML Checker, and
 * whether they must run. Nothing is ever downloaded by the tests: `.ci/run` installs
 * these (see README). Without them the tests are reported as skipped with a message
 * saying what is missing, unless browser tests are required (as `.ci/run` does), when
 * they fail instead.
 * <p>
 * Each setting is read from a JUnit configuration parameter (or system property) first,
 * then from the environment: {@code sparkpulse.chromium} / {@code SPARKPULSE_CHROMIUM},
 * {@code sparkpulse.chromedriver} / {@code SPARKPULSE_CHROMEDRIVER},
 * {@code sparkpulse.vnu-jar} / {@code SPARKPULSE_VNU_JAR}, and
 * {@code sparkpulse.browser-tests} / {@code SPARKPULSE_BROWSER_TESTS} ({@code required}
 * or {@code optional}, the default).
 */
record BrowserTools(Path chromium, Path chromedriver, Path vnuJar, boolean required) {

	static BrowserTools configured(Function<String, Optional<String>> parameters) {
		return new BrowserTools(
				Path.of(setting(parameters, "sparkpulse.chromium", "SPARKPULSE_CHROMIUM", "/usr/bin/chromium")),
				Path.of(setting(parameters, "sparkpulse.chromedriver", "SPARKPULSE_CHROMEDRIVER",
						"/usr/bin/chromedriver")),
				Path.of(setting(parameters, "sparkpulse.vnu-jar", "SPARKPULSE_VNU_JAR",
						"/opt/sparkpulse-tools/node_modules/vnu-jar/build/dist/vnu.jar")),
				"required".equals(
						setting(parameters, "sparkpulse.browser-tests", "SPARKPULSE_BROWSER_TESTS", "optional").strip()
							.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Why the browser tests cannot run here, if they cannot.
	 */
	Optional<String> missing() {
		if (!Files.isExecutable(this.chromium) || !Files.isExecutable(this.chromedriver)) {
			return Optional.of("Chromium or ChromeDriver not found at " + this.chromium + " and " + this.chromedriver
					+ " (apt-get install -y chromium chromium-driver, or set SPARKPULSE_CHROMIUM"
					+ " and SPARKPULSE_CHROMEDRIVER)");
		}
		if (!Files.isReadable(this.vnuJar)) {
			return Optional.of("the Nu HTML Checker is not at " + this.vnuJar
					+ " (npm install --prefix /opt/sparkpulse-tools vnu-jar, or set SPARKPULSE_VNU_JAR)");
		}
		return Optional.empty();
	}

	/**
	 * Debian's headless Chromium, driven through its ChromeDriver, with nothing that
	 * reaches the network on its own.
	 */
	ChromeDriver startChromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(this.chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("sparkpulse-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(this.chromedriver.toFile())
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	private static String setting(Function<String, Optional<String>> parameters, String parameter, String variable,
			String fallback) {
		Optional<String> given = parameters.apply(parameter).filter((value) -> !value.isBlank());
		if (given.isPresent()) {
			return given.get();
		}
		String value = System.getenv(variable);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
