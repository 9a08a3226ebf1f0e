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
 * Answers 400 to a request path with a broken percent-escape (a lone "%" or "%zz"). The
 * container lets some of those through (inside path parameters) and decoding them later
 * would fail as a server error.
 */
@Component
class MalformedUrlFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!wellEscaped(request.getRequestURI())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean wellEscaped(String path) {
		for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
			if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
					|| Character.digit(path.charAt(i + 2), 16) < 0) {
				return false;
			}
		}
		return true;
	}

}
