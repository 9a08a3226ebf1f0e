package io.sparkpulse.admin.web;

import java.util.function.Supplier;

import io.sparkpulse.admin.Outcome;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a save's {@link Outcome} into the next page, the same way for every admin form:
 * saved → redirect with a flash notice (Post/Redirect/Get); rejected → the form again
 * with the field error; conflict → the form again with both versions, the form now
 * carrying the saved version so that sending it again overwrites on purpose.
 */
public final class FormOutcomes {

	private FormOutcomes() {
	}

	public static String next(Outcome outcome, BindingResult errors, Model model, RedirectAttributes flash,
			String redirectPath, Supplier<String> formView) {
		if (outcome instanceof Outcome.Saved saved) {
			flash.addFlashAttribute("notice", saved.message());
			return "redirect:" + redirectPath;
		}
		if (outcome instanceof Outcome.Rejected rejected) {
			errors.rejectValue(rejected.field(), "rejected", rejected.message());
			return formView.get();
		}
		Outcome.Conflict conflict = (Outcome.Conflict) outcome;
		if (errors.getTarget() instanceof Versioned form) {
			form.setVersion(conflict.currentVersion());
		}
		model.addAttribute("conflict", conflict);
		return formView.get();
	}

	/**
	 * The same for a one-button action (retire, delete, toggle): always back to
	 * {@code redirectPath}, with a notice when it was done and the reason when it was
	 * not.
	 */
	public static String afterAction(Outcome outcome, RedirectAttributes flash, String redirectPath) {
		if (outcome instanceof Outcome.Saved saved) {
			flash.addFlashAttribute("notice", saved.message());
		}
		else if (outcome instanceof Outcome.Rejected rejected) {
			flash.addFlashAttribute("problem", rejected.message());
		}
		else {
			flash.addFlashAttribute("problem", "Someone changed this since you opened the page, so nothing was done. "
					+ "Check the current version below and try again.");
		}
		return "redirect:" + redirectPath;
	}

}
