package io.sparkpulse.freshness;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Moves the {@code http.server.requests} observation behind the page cache, so that it
 * times what the site renders, not what it replays: starting and stopping an observation
 * (tags, meter look-ups, the active-requests timer) costs a 304 or a cached page more
 * than answering it. Answers from the cache are counted by the cache's own meters
 * ({@code cache.gets} of cache {@code pages}) and by
 * {@code sparkpulse.pages.not-modified}. What it saves is to be measured in
 * {@code bench/results} (scenarios 1 and 2 with and without it); if it saves nothing
 * worth a replaced framework default, it goes. {@code ObservedAfterPageCacheTest} fails
 * when an upgrade registers the filter in a way this no longer moves.
 */
@Component
class ObservedAfterPageCache implements BeanPostProcessor {

	static final int ORDER = PageCacheFilter.ORDER + 1;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof FilterRegistrationBean<?> registration
				&& registration.getFilter() instanceof ServerHttpObservationFilter) {
			registration.setOrder(ORDER);
		}
		return bean;
	}

}
