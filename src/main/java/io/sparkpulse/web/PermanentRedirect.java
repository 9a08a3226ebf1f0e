package io.sparkpulse.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one way the site sends a reader to the URL that owns a page (the canonical form
 * {@link SitePaths} builds): a 301 with a relative Location, never built from the Host
 * header and without model attributes leaking into its query string. Pages answer with
 * {@link #to}, feeds and other bodies with {@link #response}, filters with {@link #send}.
 */
public final class PermanentRedirect {

	/**
	 * Longest Location written: well inside the container's response header buffer, with
	 * room left for every other header of the answer.
	 */
	public static final int MAX_LOCATION = 2000;

	private PermanentRedirect() {
	}

	public static ModelAndView to(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	public static <T> ResponseEntity<T> response(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

	/**
	 * Writes the redirect straight to the response; a target too long to fit in a
	 * response header is answered 414 with the designed page instead of being copied into
	 * one.
	 */
	public static void send(HttpServletResponse response, String path) throws IOException {
		if (path.length() > MAX_LOCATION) {
			response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
			return;
		}
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, path);
	}

}
