package io.sparkpulse.admin.web;

import io.sparkpulse.admin.audit.AuditReader;
import io.sparkpulse.admin.users.SignedInEditor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's front page: what needs attention first, where to go, and what changed last.
 */
@Controller
class AdminHomeController {

	static final int RECENT_CHANGES = 10;

	private final Attention attention;

	AdminHomeController(Attention attention) {
		this.attention = attention;
	}

	@GetMapping("/admin")
	ModelAndView home(@AuthenticationPrincipal SignedInEditor reader) {
		return new ModelAndView("admin/home", "dashboard",
				this.attention.dashboard(RECENT_CHANGES, AuditReader.of(reader != null && reader.isAdmin())));
	}

}
