package io.sparkpulse.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One URL per page: a path with trailing slashes moves permanently to the same path
 * without them, before any controller sees it.
 */
@Component
class TrailingSlashFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.length() <= 1 || !path.endsWith("/")
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Leading slashes collapse too: "//host/" must never become a protocol-relative
		// redirect.
		String path = request.getRequestURI().replaceAll("/+$", "").replaceFirst("^/+", "/");
		String query = request.getQueryString();
		String location = (path.isEmpty() || "/".equals(path) ? "/" : path) + ((query != null) ? "?" + query : "");
		PermanentRedirect.send(response, location);
	}

}
