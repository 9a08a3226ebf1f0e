package io.sparkpulse.freshness;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CachedPageValve} in front of the site's servlet context.
 */
@Component
class CachedPageValveRegistration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final ObjectProvider<PageCacheFilter> pageCache;

	CachedPageValveRegistration(ObjectProvider<PageCacheFilter> pageCache) {
		this.pageCache = pageCache;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextValves(new CachedPageValve(this.pageCache));
	}

}
