package io.sparkpulse.web;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.annotation.Configuration;

/**
 * Gives the shared layout the site's name and base URL on every page, error pages included.
 */
@Configuration(proxyBeanMethods = false)
class LayoutConfiguration {

	LayoutConfiguration(ThymeleafViewResolver views, SiteProperties site) {
		views.addStaticVariable("site", site);
	}

}
