package io.sparkpulse.admin.products;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FactsAdminController {

	private final FactsEditing editing;

	private final Clock clock;

	FactsAdminController(FactsEditing editing, Clock clock) {
		this.editing = editing;
		this.clock = clock;
	}

	@GetMapping("/admin/products/{id}/facts")
	String edit(@PathVariable long id, Model model) {
		FactsEditing.FactsView view = this.editing.view(id);
		model.addAttribute("form", FactsForm.of(view.facts()));
		model.addAttribute("view", view);
		return "admin/products/facts";
	}

	@PostMapping("/admin/products/{id}/facts")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") FactsForm form, BindingResult errors, Model model,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		form.check(errors, LocalDate.now(this.clock));
		if (errors.hasErrors()) {
			return form(id, model);
		}
		return FormOutcomes.next(this.editing.save(id, form.draft(), form.getVersion(), editor.actor()), errors, model,
				flash, "/admin/products/" + id + "/facts", () -> form(id, model));
	}

	private String form(long id, Model model) {
		model.addAttribute("view", this.editing.view(id));
		return "admin/products/facts";
	}

}
