package io.sparkpulse.admin.security;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.sparkpulse.web.SitePaths;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in page. Spring Security handles the form it posts; this page only says what
 * happened to the last attempt.
 */
@Controller
class LoginController {

	/** When a lock lifts, as the refused sign-in's redirect carries it. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

	@GetMapping(SitePaths.LOGIN)
	ModelAndView login(HttpServletRequest request, Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return new ModelAndView("redirect:/admin");
		}
		ModelAndView page = new ModelAndView("admin/login");
		if (request.getParameterMap().containsKey("locked")) {
			page.addObject("problem", locked(request.getParameter("locked")));
		}
		else if (request.getParameterMap().containsKey("error")) {
			page.addObject("problem", "The e-mail address or password is not right, or the account is disabled.");
		}
		if (request.getParameterMap().containsKey("signedOut")) {
			page.addObject("notice", "You are signed out.");
		}
		return page;
	}

	/**
	 * The lock message; the time comes from the address, so it is shown only when it is a
	 * well-formed time of day.
	 */
	private static String locked(String until) {
		String message = "Sign-in is locked after too many failed attempts for this account or from this address.";
		try {
			return message + " Try again after " + LocalTime.parse(until, TIME) + " UTC.";
		}
		catch (DateTimeParseException ex) {
			return message + " Try again later.";
		}
	}

}
