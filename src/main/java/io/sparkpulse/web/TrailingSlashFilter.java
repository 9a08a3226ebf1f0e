package io.sparkpulse.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One URL per page: a path with trailing slashes moves permanently to the same path
 * without them. The redirect is relative (never built from the Host header), and a target
 * too long to fit in a response header is answered 414 with the designed page instead of
 * being copied into one.
 */
@Component
class TrailingSlashFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Longest Location written: well inside the container's response header buffer, with
	 * room left for every other header of the answer.
	 */
	static final int MAX_LOCATION = 2000;

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
		if (location.length() > MAX_LOCATION) {
			response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
			return;
		}
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location);
	}

}
