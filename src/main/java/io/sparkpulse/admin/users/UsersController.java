package io.sparkpulse.admin.users;

import java.beans.PropertyEditorSupport;

import io.sparkpulse.admin.web.FormOutcomes;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts, for admins only (the security configuration refuses editors before they get
 * here).
 */
@Controller
class UsersController {

	private final EditorAccounts accounts;

	UsersController(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Passwords are taken exactly as typed: spaces at either end are part of them.
	 */
	@InitBinder
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PropertyEditorSupport asTyped = new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text);
			}
		};
		binder.registerCustomEditor(String.class, "password", asTyped);
		binder.registerCustomEditor(String.class, "confirmation", asTyped);
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	ModelAndView list() {
		return new ModelAndView("admin/users/list", "accounts", this.accounts.all());
	}

	@GetMapping("/admin/users/new")
	ModelAndView newAccount() {
		return new ModelAndView("admin/users/form", "form", new AccountForm());
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor admin) {
		if (errors.hasErrors()) {
			return "admin/users/form";
		}
		return FormOutcomes.next(this.accounts.create(form.account(), admin.actor()), errors, model, flash,
				"/admin/users", () -> "admin/users/form");
	}

	@GetMapping("/admin/users/{id}/password")
	String password(@PathVariable long id, Model model) {
		model.addAttribute("form", new PasswordForm());
		return passwordForm(id, model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor admin) {
		if (!form.confirmed()) {
			errors.rejectValue("confirmation", "mismatch", "The two passwords differ.");
		}
		if (errors.hasErrors()) {
			return passwordForm(id, model);
		}
		return FormOutcomes.next(this.accounts.resetPassword(id, form.getPassword(), admin.actor()), errors, model,
				flash, "/admin/users", () -> passwordForm(id, model));
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash,
			@AuthenticationPrincipal SignedInEditor admin) {
		return FormOutcomes.afterAction(this.accounts.setEnabled(id, enabled, admin.actor()), flash, "/admin/users");
	}

	private String passwordForm(long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		return "admin/users/password";
	}

}
