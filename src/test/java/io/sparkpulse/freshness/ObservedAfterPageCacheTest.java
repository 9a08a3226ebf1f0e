package io.sparkpulse.freshness;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@link ObservedAfterPageCache} moves the filter Boot registers for request
 * observations. If an upgrade registers it another way, the move silently stops
 * happening: these fail instead.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class ObservedAfterPageCacheTest {

	@Autowired
	List<FilterRegistrationBean<?>> registrations;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MockMvc mvc;

	@Test
	void bootRegistersTheObservationFilterWhereItIsMovedRightAfterThePageCache() {
		assertThat(this.registrations).filteredOn((one) -> one.getFilter() instanceof ServerHttpObservationFilter)
			.singleElement()
			.extracting(FilterRegistrationBean::getOrder)
			.isEqualTo(PageCacheFilter.ORDER + 1);
	}

	@Test
	void onlyRenderedPagesAreObserved() throws Exception {
		this.mvc.perform(get("/alternatives/element"));
		long observed = observations();
		assertThat(observed).as("the render is observed").isPositive();
		this.mvc.perform(get("/alternatives/element"));
		this.mvc.perform(get("/alternatives/element"));
		assertThat(observations()).as("answers from memory are not observed").isEqualTo(observed);
	}

	private long observations() {
		return this.meters.find("http.server.requests")
			.tag("uri", "/alternatives/{slug}")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

}
