package io.sparkpulse.browser;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * A browser test that cannot run says so: on a machine without Chromium the journey is
 * counted as a skipped test (test reports show "Skipped: 1", never "Tests run: 0"), and
 * where browser tests are required, as on CI, it fails.
 */
class BrowserTestReportingTest {

	@Test
	void withoutABrowserTheJourneyIsReportedAsSkipped() {
		TestExecutionSummary summary = runJourneyWithoutBrowser("optional");
		assertThat(summary.getTestsFoundCount()).isEqualTo(journeyTests());
		assertThat(summary.getTestsStartedCount()).isEqualTo(journeyTests());
		assertThat(summary.getTestsAbortedCount()).isEqualTo(journeyTests());
		assertThat(summary.getTestsFailedCount()).isZero();
		assertThat(summary.getContainersFailedCount()).isZero();
	}

	@Test
	void withoutABrowserTheJourneyFailsWhereBrowserTestsAreRequired() {
		TestExecutionSummary summary = runJourneyWithoutBrowser("required");
		assertThat(summary.getTestsFailedCount()).isEqualTo(journeyTests());
		assertThat(summary.getFailures().get(0).getException()).hasMessageContaining("Browser tests are required here")
			.hasMessageContaining("/nonexistent/chromium");
	}

	private static long journeyTests() {
		long tests = Arrays.stream(ReaderJourneyTest.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(Test.class))
			.count();
		assertThat(tests).isPositive();
		return tests;
	}

	private static TestExecutionSummary runJourneyWithoutBrowser(String browserTests) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(ReaderJourneyTest.class))
			.filters(includeEngines("junit-jupiter"))
			.configurationParameter("sparkpulse.chromium", "/nonexistent/chromium")
			.configurationParameter("sparkpulse.browser-tests", browserTests)
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, listener);
		return listener.getSummary();
	}

}
