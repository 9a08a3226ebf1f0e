package io.sparkpulse.admin.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in page. Spring Security handles the form it posts; this page only says what
 * happened to the last attempt.
 */
@Controller
class LoginController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@GetMapping("/login")
	ModelAndView login(HttpServletRequest request, Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return new ModelAndView("redirect:/admin");
		}
		ModelAndView page = new ModelAndView("admin/login");
		if (request.getParameterMap().containsKey("error")) {
			page.addObject("problem", problem(request.getSession(false)));
		}
		if (request.getParameterMap().containsKey("signedOut")) {
			page.addObject("notice", "You are signed out.");
		}
		return page;
	}

	private static String problem(HttpSession session) {
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof SignInLockedException locked) {
			return "Sign-in is locked after too many failed attempts for this account or from this address. "
					+ "Try again after " + TIME.format(locked.until()) + ".";
		}
		return "The e-mail address or password is not right, or the account is disabled.";
	}

}
