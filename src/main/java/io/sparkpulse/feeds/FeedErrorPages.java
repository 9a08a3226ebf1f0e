package io.sparkpulse.feeds;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.annotation.Configuration;

/**
 * Keeps error pages on feed URLs HTML. By default Thymeleaf takes a page's content type from the
 * extension at the end of the URL, so the designed 404 page for an unknown {@code .../feed.atom} was
 * announced as {@code application/atom+xml}. Every template of the site is HTML, so the configured type
 * ({@code text/html}) is forced for all of them; feeds set their own type and do not use templates.
 */
@Configuration(proxyBeanMethods = false)
class FeedErrorPages {

	FeedErrorPages(ThymeleafViewResolver views) {
		views.setForceContentType(true);
	}

}
