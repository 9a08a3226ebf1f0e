package io.sparkpulse.admin.editorial;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import io.sparkpulse.web.SitePaths;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class VerdictAdminController {

	private final VerdictEditing editing;

	VerdictAdminController(VerdictEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/verdicts")
	String list(Model model) {
		model.addAttribute("verdicts", this.editing.latest());
		return "admin/verdicts/list";
	}

	/**
	 * Opens the verdict of the pair two slugs name, or says why it cannot.
	 */
	@GetMapping("/admin/verdicts/pair")
	String pair(@RequestParam(required = false) String first, @RequestParam(required = false) String second,
			RedirectAttributes flash) {
		return this.editing.pairPath(first, second).map((path) -> "redirect:" + path).orElseGet(() -> {
			flash.addFlashAttribute("problem", "Name two different products by their slugs (as in "
					+ SitePaths.product("synapse") + "), like synapse and dendrite.");
			return "redirect:/admin/verdicts";
		});
	}

	@GetMapping("/admin/verdicts/{first}/{second}")
	String edit(@PathVariable long first, @PathVariable long second, Model model) {
		VerdictEditing.History history = this.editing.history(first, second);
		model.addAttribute("form", VerdictForm.of(history.current()));
		model.addAttribute("history", history);
		return "admin/verdicts/form";
	}

	@PostMapping("/admin/verdicts/{first}/{second}")
	String revise(@PathVariable long first, @PathVariable long second, @Valid @ModelAttribute("form") VerdictForm form,
			BindingResult errors, Model model, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return form(first, second, model);
		}
		return FormOutcomes.next(this.editing.revise(first, second, form.getBody(), form.getVersion(), editor.actor()),
				errors, model, flash, "/admin/verdicts/" + first + "/" + second, () -> form(first, second, model));
	}

	private String form(long first, long second, Model model) {
		model.addAttribute("history", this.editing.history(first, second));
		return "admin/verdicts/form";
	}

}
