package io.sparkpulse.admin.audit;

import java.time.LocalDate;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log, newest first, searchable by product, person, kind of change and days;
 * entries about accounts only for admins.
 */
@Controller
class AuditController {

	private final AuditQueries audit;

	AuditController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	ModelAndView log(@RequestParam(required = false) String product, @RequestParam(required = false) String person,
			@RequestParam(required = false) String action, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal SignedInEditor reader) {
		AuditPage result = this.audit.page(new AuditFilter(product, person, action, from, to), page,
				AuditReader.of(reader != null && reader.isAdmin()));
		if (!result.pagination().contains(page)) {
			throw new NotFoundException("audit page " + page);
		}
		return new ModelAndView("admin/audit", "page", result);
	}

}
