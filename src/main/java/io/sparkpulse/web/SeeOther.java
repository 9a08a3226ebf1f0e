package io.sparkpulse.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A 303 from a GET form or a search to the page it asked for, which then owns its URL; no
 * model attributes leak into the query string.
 */
public final class SeeOther {

	private SeeOther() {
	}

	public static ModelAndView to(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
