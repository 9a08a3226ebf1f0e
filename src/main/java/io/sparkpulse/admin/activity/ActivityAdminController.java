package io.sparkpulse.admin.activity;

import java.util.Arrays;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import io.sparkpulse.admin.web.Option;
import io.sparkpulse.admin.web.Undo;
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
class ActivityAdminController {

	private final ActivityEditing editing;

	ActivityAdminController(ActivityEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/products/{productId}/activity")
	ModelAndView timeline(@PathVariable long productId, @RequestParam(defaultValue = "1") int page) {
		return new ModelAndView("admin/activity/list", "timeline", this.editing.timeline(productId, page));
	}

	@GetMapping("/admin/products/{productId}/activity/new")
	String newItem(@PathVariable long productId, Model model) {
		model.addAttribute("form", ActivityForm.startingOn(this.editing.today()));
		return createForm(productId, model);
	}

	@PostMapping("/admin/products/{productId}/activity")
	String add(@PathVariable long productId, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return createForm(productId, model);
		}
		return FormOutcomes.next(this.editing.add(productId, form.activity(), editor.actor()), errors, model, flash,
				"/admin/products/" + productId + "/activity", () -> createForm(productId, model));
	}

	@GetMapping("/admin/activity/{id}")
	String edit(@PathVariable long id, Model model) {
		ActivityEditing.Item item = this.editing.item(id);
		model.addAttribute("form", ActivityForm.of(item.item()));
		return editForm(item, model);
	}

	@PostMapping("/admin/activity/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		ActivityEditing.Item item = this.editing.item(id);
		if (errors.hasErrors()) {
			return editForm(item, model);
		}
		return FormOutcomes.save(form, errors, model, flash, "/admin/products/" + item.product().id() + "/activity",
				() -> editForm(item, model),
				(merged) -> this.editing.update(id, merged.activity(), merged.getVersion(), editor.actor()));
	}

	@PostMapping("/admin/activity/{id}/spark")
	String spark(@PathVariable long id, @RequestParam long version, @RequestParam boolean spark,
			@RequestParam(required = false) Long productId, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		Outcome outcome = this.editing.markSpark(id, version, spark, editor.actor());
		return FormOutcomes.afterAction(outcome, flash, back(id, productId));
	}

	/**
	 * Removes the item (it can be restored) and offers to undo it in the message.
	 */
	@PostMapping("/admin/activity/{id}/delete")
	String remove(@PathVariable long id, @RequestParam long version, @RequestParam long productId,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		Outcome outcome = this.editing.remove(id, version, editor.actor());
		if (outcome instanceof Outcome.Saved) {
			flash.addFlashAttribute("undo",
					new Undo("/admin/activity/" + id + "/restore", version + 1, productId, "Undo: restore it"));
		}
		return FormOutcomes.afterAction(outcome, flash, "/admin/products/" + productId + "/activity");
	}

	@PostMapping("/admin/activity/{id}/restore")
	String restore(@PathVariable long id, @RequestParam long version, @RequestParam long productId,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		return FormOutcomes.afterAction(this.editing.restore(id, version, editor.actor()), flash,
				"/admin/products/" + productId + "/activity");
	}

	private static String back(long id, Long productId) {
		return (productId != null) ? "/admin/products/" + productId + "/activity" : "/admin/activity/" + id;
	}

	private String createForm(long productId, Model model) {
		model.addAttribute("product", this.editing.product(productId));
		model.addAttribute("kinds", kinds());
		return "admin/activity/form";
	}

	private String editForm(ActivityEditing.Item item, Model model) {
		model.addAttribute("product", item.product());
		model.addAttribute("item", item.item());
		model.addAttribute("kinds", kinds());
		return "admin/activity/form";
	}

	private static List<Option> kinds() {
		return Arrays.stream(ActivityKind.values()).map((kind) -> new Option(kind.name(), kind.label())).toList();
	}

}
