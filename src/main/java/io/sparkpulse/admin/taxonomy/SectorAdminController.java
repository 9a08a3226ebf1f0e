package io.sparkpulse.admin.taxonomy;

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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SectorAdminController {

	private static final String FORM = "admin/sectors/form";

	private final TaxonomyEditing editing;

	SectorAdminController(TaxonomyEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/sectors")
	ModelAndView list() {
		return new ModelAndView("admin/sectors/list", "sectors", this.editing.sectors());
	}

	@GetMapping("/admin/sectors/new")
	ModelAndView newSector() {
		return new ModelAndView(FORM, "form", new SectorForm());
	}

	@PostMapping("/admin/sectors")
	String create(@Valid @ModelAttribute("form") SectorForm form, BindingResult errors, Model model,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (FormOutcomes.checked(errors, this.editing.sectorSlugProblems(form.getSlug(), form.getName()))) {
			return FORM;
		}
		Outcome outcome = this.editing.createSector(form.getSlug(), form.getName(), form.descriptionOrEmpty(),
				editor.actor());
		return FormOutcomes.next(outcome, errors, model, flash, "/admin/sectors", () -> FORM);
	}

	@GetMapping("/admin/sectors/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", SectorForm.of(this.editing.sector(id)));
		return editForm(id, model);
	}

	@PostMapping("/admin/sectors/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SectorForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return editForm(id, model);
		}
		Outcome outcome = this.editing.describeSector(id, form.getName(), form.descriptionOrEmpty(), form.getVersion(),
				editor.actor());
		return FormOutcomes.next(outcome, errors, model, flash, "/admin/sectors", () -> editForm(id, model));
	}

	private String editForm(long id, Model model) {
		model.addAttribute("sector", this.editing.sector(id));
		return FORM;
	}

}
