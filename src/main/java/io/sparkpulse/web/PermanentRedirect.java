package io.sparkpulse.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A 301 to the one URL that owns a page, without model attributes leaking into its query
 * string.
 */
public final class PermanentRedirect {

	private PermanentRedirect() {
	}

	public static ModelAndView to(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
