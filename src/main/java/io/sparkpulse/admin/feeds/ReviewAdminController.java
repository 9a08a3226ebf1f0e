package io.sparkpulse.admin.feeds;

import java.util.List;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReviewAdminController {

	private final ReviewEditing editing;

	ReviewAdminController(ReviewEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/review")
	ModelAndView queue(@RequestParam(defaultValue = "1") int page) {
		return new ModelAndView("admin/feeds/review", "queue", this.editing.page(page));
	}

	@PostMapping("/admin/review/{itemId}/spark")
	String spark(@PathVariable long itemId, @RequestParam(defaultValue = "1") int page, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return decide(itemId, ReviewEditing.Decision.SPARK, page, flash, editor);
	}

	@PostMapping("/admin/review/{itemId}/keep")
	String keep(@PathVariable long itemId, @RequestParam(defaultValue = "1") int page, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return decide(itemId, ReviewEditing.Decision.KEEP, page, flash, editor);
	}

	@PostMapping("/admin/review/{itemId}/hide")
	String hide(@PathVariable long itemId, @RequestParam(defaultValue = "1") int page, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return decide(itemId, ReviewEditing.Decision.HIDE, page, flash, editor);
	}

	/**
	 * One verdict for every ticked item.
	 */
	@PostMapping("/admin/review/bulk")
	String bulk(@RequestParam(name = "item", required = false) List<Long> items,
			@RequestParam ReviewEditing.Decision decision, @RequestParam(defaultValue = "1") int page,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		return FormOutcomes.afterAction(this.editing.decideAll(items, decision, editor.actor()), flash,
				this.editing.pathOfPage(page));
	}

	/**
	 * Back to the page the editor was on; a decision shortens the queue, so the redirect
	 * stays on a page that still exists.
	 */
	private String decide(long itemId, ReviewEditing.Decision decision, int page, RedirectAttributes flash,
			SignedInEditor editor) {
		Outcome outcome = this.editing.decide(itemId, decision, editor.actor());
		return FormOutcomes.afterAction(outcome, flash, this.editing.pathOfPage(page));
	}

}
