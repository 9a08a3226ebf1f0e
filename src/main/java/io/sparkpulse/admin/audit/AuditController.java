package io.sparkpulse.admin.audit;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log, newest first, optionally for one product ({@code ?product=slug});
 * entries about accounts only for admins.
 */
@Controller
class AuditController {

	private final AuditQueries audit;

	AuditController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	ModelAndView log(@RequestParam(required = false) String product, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal SignedInEditor reader) {
		AuditPage result = this.audit.page(product, page, AuditReader.of(reader != null && reader.isAdmin()));
		if (!result.pagination().contains(page)) {
			throw new NotFoundException("audit page " + page);
		}
		return new ModelAndView("admin/audit", "page", result);
	}

}
