package io.sparkpulse.admin.products;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import io.sparkpulse.catalog.ProductFilter;
import io.sparkpulse.web.NotFoundException;
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
class ProductAdminController {

	private final ProductEditing editing;

	private final ThemeChoices themes;

	ProductAdminController(ProductEditing editing, ThemeChoices themes) {
		this.editing = editing;
		this.themes = themes;
	}

	@GetMapping("/admin/products")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long sector,
			@RequestParam(required = false) ProductFilter.Status status,
			@RequestParam(required = false) ProductFilter.Sort sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ProductEditing.ProductList list = this.editing.list(new ProductFilter(q, sector, status, sort), page);
		if (!list.pagination().contains(page)) {
			throw new NotFoundException("admin products page " + page);
		}
		model.addAttribute("list", list);
		return "admin/products/list";
	}

	@GetMapping("/admin/products/new")
	String newProduct(Model model) {
		model.addAttribute("form", new ProductForm());
		return createForm(model);
	}

	@PostMapping("/admin/products")
	String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		NewThemes newThemes = newThemes(form, model);
		if (FormOutcomes.checked(errors, newThemes.addTo(this.editing.problems(form.draft(), true)))) {
			return createForm(model);
		}
		Outcome outcome = this.editing.create(form.draft(), editor.actor());
		String next = (outcome instanceof Outcome.Saved saved) ? "/admin/products/" + saved.id() : "";
		return FormOutcomes.next(outcome, errors, model, flash, next, () -> createForm(model));
	}

	@GetMapping("/admin/products/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", ProductForm.of(this.editing.product(id)));
		return editForm(id, model);
	}

	@PostMapping("/admin/products/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		NewThemes newThemes = newThemes(form, model);
		if (FormOutcomes.checked(errors, newThemes.addTo(this.editing.problems(form.draft(), false)))) {
			return editForm(id, model);
		}
		return FormOutcomes.save(form, errors, model, flash, "/admin/products/" + id, () -> editForm(id, model),
				(merged) -> this.editing.update(id, merged.draft(), editor.actor()));
	}

	@GetMapping("/admin/products/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		ProductEditing.Preview preview = this.editing.preview(id);
		model.addAttribute("page", preview.page());
		model.addAttribute("preview", preview.banner());
		return "products/product";
	}

	@PostMapping("/admin/products/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return FormOutcomes.afterAction(this.editing.publish(id, version, editor.actor()), flash,
				"/admin/products/" + id);
	}

	/**
	 * Asks before retiring: the step works without scripts, and nothing changes until it
	 * is confirmed.
	 */
	@GetMapping("/admin/products/{id}/retire")
	String confirmRetire(@PathVariable long id, Model model) {
		model.addAttribute("product", this.editing.product(id));
		return "admin/products/retire";
	}

	@PostMapping("/admin/products/{id}/retire")
	String retire(@PathVariable long id, @RequestParam long version, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return FormOutcomes.afterAction(this.editing.retire(id, version, editor.actor()), flash,
				"/admin/products/" + id);
	}

	/**
	 * Asks before restoring, as before retiring: the product goes public at once.
	 */
	@GetMapping("/admin/products/{id}/restore")
	String confirmRestore(@PathVariable long id, Model model) {
		model.addAttribute("product", this.editing.product(id));
		return "admin/products/restore";
	}

	@PostMapping("/admin/products/{id}/restore")
	String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor editor) {
		return FormOutcomes.afterAction(this.editing.restore(id, version, editor.actor()), flash,
				"/admin/products/" + id);
	}

	/**
	 * The themes of this save that do not exist yet, for the form to ask about.
	 */
	private NewThemes newThemes(ProductForm form, Model model) {
		NewThemes newThemes = this.themes.check(form.getThemes(), form.getNewThemes());
		model.addAttribute("newThemes", newThemes);
		return newThemes;
	}

	private String createForm(Model model) {
		model.addAttribute("choices", this.editing.choices());
		if (!model.containsAttribute("newThemes")) {
			model.addAttribute("newThemes", NewThemes.NONE);
		}
		return "admin/products/form";
	}

	private String editForm(long id, Model model) {
		model.addAttribute("product", this.editing.product(id));
		return createForm(model);
	}

}
