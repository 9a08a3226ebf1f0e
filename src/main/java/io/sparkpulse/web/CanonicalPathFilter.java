package io.sparkpulse.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One URL per page: a request for a public path spelled otherwise than {@link SitePaths}
 * builds it (trailing slashes, upper-case slugs, {@code ?page=1}) moves permanently to
 * the canonical path before any controller sees it. What needs the catalog to decide (the
 * order of compared products) is left to the page.
 */
@Component
class CanonicalPathFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> canonical = SitePaths.canonicalOf(request.getRequestURI(), request.getQueryString());
		if (canonical.isPresent()) {
			PermanentRedirect.send(response, canonical.get());
			return;
		}
		chain.doFilter(request, response);
	}

}
