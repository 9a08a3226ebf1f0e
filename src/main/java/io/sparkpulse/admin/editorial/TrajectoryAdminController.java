package io.sparkpulse.admin.editorial;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TrajectoryAdminController {

	private final TrajectoryEditing editing;

	TrajectoryAdminController(TrajectoryEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/products/{id}/trajectory")
	String edit(@PathVariable long id, Model model) {
		TrajectoryEditing.History history = this.editing.history(id);
		TrajectoryForm form = TrajectoryForm.of(history.current());
		form.setLedger(this.editing.ledgerForm(id));
		model.addAttribute("form", form);
		model.addAttribute("history", history);
		return "admin/trajectory/form";
	}

	@PostMapping("/admin/products/{id}/trajectory")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") TrajectoryForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return form(id, model);
		}
		return FormOutcomes.save(form, errors, model, flash, "/admin/products/" + id + "/trajectory",
				() -> form(id, model), (merged) -> this.editing.revise(id, merged.draft(), merged.getLedger(),
						merged.getVersion(), editor.actor()));
	}

	@PostMapping("/admin/products/{id}/trajectory/preview")
	String preview(@PathVariable long id, @Valid @ModelAttribute("form") TrajectoryForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return form(id, model);
		}
		TrajectoryEditing.Preview preview = this.editing.preview(id, form.draft(), editor.actor());
		model.addAttribute("page", preview.page());
		model.addAttribute("preview", preview.banner());
		return "products/product";
	}

	/**
	 * Back from a preview to the form, with the text still unsaved.
	 */
	@PostMapping("/admin/products/{id}/trajectory/edit")
	String keepEditing(@PathVariable long id, @ModelAttribute("form") TrajectoryForm form, Model model) {
		return form(id, model);
	}

	@GetMapping("/admin/products/{id}/trajectory/revisions")
	ModelAndView history(@PathVariable long id) {
		return new ModelAndView("admin/trajectory/history", "history", this.editing.revisions(id));
	}

	@GetMapping("/admin/products/{id}/trajectory/revisions/{number}")
	ModelAndView revision(@PathVariable long id, @PathVariable int number) {
		return new ModelAndView("admin/trajectory/revision", "diff", this.editing.diff(id, number));
	}

	/**
	 * Asks before restoring: what the current text would become. Works without scripts.
	 */
	@GetMapping("/admin/products/{id}/trajectory/revisions/{number}/restore")
	ModelAndView confirmRestore(@PathVariable long id, @PathVariable int number) {
		return new ModelAndView("admin/trajectory/restore", "plan", this.editing.restorePlan(id, number));
	}

	@PostMapping("/admin/products/{id}/trajectory/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		Outcome outcome = this.editing.restore(id, number, version, editor.actor());
		return FormOutcomes.afterAction(outcome, flash, "/admin/products/" + id + "/trajectory/revisions");
	}

	private String form(long id, Model model) {
		model.addAttribute("history", this.editing.history(id));
		return "admin/trajectory/form";
	}

}
