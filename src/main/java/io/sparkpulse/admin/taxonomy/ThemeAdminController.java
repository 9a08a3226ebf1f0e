package io.sparkpulse.admin.taxonomy;

import java.util.List;

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
class ThemeAdminController {

	private static final String FORM = "admin/themes/form";

	private final TaxonomyEditing editing;

	ThemeAdminController(TaxonomyEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/themes")
	ModelAndView list(@RequestParam(required = false) String q) {
		return new ModelAndView("admin/themes/list", "themes", this.editing.themes(q))
			.addObject("search", (q != null) ? q.strip() : "")
			.addObject("targets", this.editing.themes());
	}

	/**
	 * Asks before merging several themes into one: which themes go, into which, and how
	 * many products each changes. Works without scripts.
	 */
	@GetMapping("/admin/themes/merge")
	String confirmBulkMerge(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) Long targetId, Model model, RedirectAttributes flash) {
		if (ids == null || ids.isEmpty() || targetId == null) {
			flash.addFlashAttribute("problem", "Tick the themes to merge and choose the theme to merge them into.");
			return "redirect:/admin/themes";
		}
		TaxonomyEditing.BulkMerge merge = this.editing.bulkMerge(ids, targetId);
		if (merge.sources().isEmpty()) {
			flash.addFlashAttribute("problem", "Tick at least one theme other than the one to merge into.");
			return "redirect:/admin/themes";
		}
		model.addAttribute("merge", merge);
		return "admin/themes/bulk-merge";
	}

	@PostMapping("/admin/themes/merge")
	String bulkMerge(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(name = "versions", required = false) List<Long> versions,
			@RequestParam(required = false) Long targetId, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		Outcome outcome = this.editing.mergeThemes((ids != null) ? ids : List.of(),
				(versions != null) ? versions : List.of(), targetId, editor.actor());
		return FormOutcomes.afterAction(outcome, flash, "/admin/themes");
	}

	@GetMapping("/admin/themes/new")
	ModelAndView newTheme() {
		return new ModelAndView(FORM, "form", new ThemeForm());
	}

	@PostMapping("/admin/themes")
	String create(@Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, Model model,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (FormOutcomes.checked(errors, this.editing.themeSlugProblems(form.getSlug(), form.getName(), -1))) {
			return FORM;
		}
		Outcome outcome = this.editing.createTheme(form.getSlug(), form.getName(), editor.actor());
		return FormOutcomes.next(outcome, errors, model, flash, "/admin/themes", () -> FORM);
	}

	@GetMapping("/admin/themes/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", ThemeForm.of(this.editing.theme(id)));
		return editForm(id, model);
	}

	@PostMapping("/admin/themes/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (FormOutcomes.checked(errors, this.editing.themeSlugProblems(form.getSlug(), form.getName(), id))) {
			return editForm(id, model);
		}
		Outcome outcome = this.editing.renameTheme(id, form.getSlug(), form.getName(), form.getVersion(),
				editor.actor());
		return FormOutcomes.next(outcome, errors, model, flash, "/admin/themes", () -> editForm(id, model));
	}

	/**
	 * Asks before merging, which deletes a theme: what goes where and how many products
	 * change. Works without scripts.
	 */
	@GetMapping("/admin/themes/{id}/merge")
	String confirmMerge(@PathVariable long id, @RequestParam(required = false) Long targetId, Model model,
			RedirectAttributes flash) {
		if (targetId == null || targetId == id) {
			flash.addFlashAttribute("problem", "Choose another theme to merge this one into.");
			return "redirect:/admin/themes/" + id;
		}
		model.addAttribute("theme", this.editing.theme(id));
		model.addAttribute("target", this.editing.theme(targetId));
		return "admin/themes/merge";
	}

	@PostMapping("/admin/themes/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long targetId, @RequestParam long version,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		Outcome outcome = this.editing.mergeTheme(id, targetId, version, editor.actor());
		String next = (outcome instanceof Outcome.Saved) ? "/admin/themes" : "/admin/themes/" + id;
		return FormOutcomes.afterAction(outcome, flash, next);
	}

	private String editForm(long id, Model model) {
		model.addAttribute("theme", this.editing.theme(id));
		model.addAttribute("themes", this.editing.themes());
		return FORM;
	}

}
