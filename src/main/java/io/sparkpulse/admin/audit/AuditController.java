package io.sparkpulse.admin.audit;

import io.sparkpulse.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log, newest first, optionally for one product ({@code ?product=slug}).
 */
@Controller
class AuditController {

	private final AuditQueries audit;

	AuditController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	ModelAndView log(@RequestParam(required = false) String product, @RequestParam(defaultValue = "1") int page) {
		AuditPage result = this.audit.page(product, page);
		if (!result.pagination().contains(page)) {
			throw new NotFoundException("audit page " + page);
		}
		return new ModelAndView("admin/audit", "page", result);
	}

}
