package io.sparkpulse.web;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.annotation.Configuration;

/**
 * Gives the shared layout the site's name and base URL on every page, error pages
 * included. Every template is HTML, so its content type is forced: otherwise Thymeleaf
 * would take it from the URL's extension and announce the 404 page of an unknown
 * {@code .../feed.atom} or {@code .xml} as XML.
 */
@Configuration(proxyBeanMethods = false)
class LayoutConfiguration {

	LayoutConfiguration(ThymeleafViewResolver views, SiteProperties site) {
		views.addStaticVariable("site", site);
		views.setForceContentType(true);
	}

}
