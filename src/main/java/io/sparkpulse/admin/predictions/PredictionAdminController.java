package io.sparkpulse.admin.predictions;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import io.sparkpulse.ledger.Grade;
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
class PredictionAdminController {

	private final PredictionEditing editing;

	PredictionAdminController(PredictionEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/predictions")
	ModelAndView queue() {
		return new ModelAndView("admin/predictions/queue", "queue", this.editing.queue());
	}

	@GetMapping("/admin/predictions/{id}")
	String prediction(@PathVariable long id, Model model) {
		PredictionEditing.Detail detail = this.editing.detail(id);
		GradeForm form = new GradeForm();
		form.setVersion(detail.grades());
		model.addAttribute("form", form);
		return view(detail, model);
	}

	@PostMapping("/admin/predictions/{id}/grades")
	String grade(@PathVariable long id, @Valid @ModelAttribute("form") GradeForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return view(this.editing.detail(id), model);
		}
		return FormOutcomes.next(this.editing.grade(id, form, editor.actor()), errors, model, flash,
				"/admin/predictions/" + id, () -> view(this.editing.detail(id), model));
	}

	private String view(PredictionEditing.Detail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("grades", Grade.values());
		return "admin/predictions/prediction";
	}

}
