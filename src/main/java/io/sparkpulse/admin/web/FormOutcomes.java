package io.sparkpulse.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.sparkpulse.admin.Outcome;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a save's {@link Outcome} into the next page, the same way for every admin form:
 * saved → redirect with a flash notice (Post/Redirect/Get); rejected → the form again
 * with the field error; conflict → the form again with both versions, the form now
 * carrying the saved version so that sending it again overwrites on purpose. Forms that
 * extend {@link MergingForm} go through {@link #save} instead, which merges a refused
 * save field by field.
 */
public final class FormOutcomes {

	/**
	 * Saves racing the same form again and again give up after this many merges and show
	 * the conflict.
	 */
	private static final int MERGE_ATTEMPTS = 3;

	private FormOutcomes() {
	}

	/**
	 * Adds the problems a service found before saving (a taken slug, an unknown choice)
	 * to the form's own field errors, so that one round shows every problem. A field the
	 * form already marked keeps its first message.
	 * @return whether the form has any error now
	 */
	public static boolean checked(BindingResult errors, List<Outcome.Rejected> problems) {
		for (Outcome.Rejected problem : problems) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), "rejected", problem.message());
			}
		}
		return errors.hasErrors();
	}

	public static String next(Outcome outcome, BindingResult errors, Model model, RedirectAttributes flash,
			String redirectPath, Supplier<String> formView) {
		if (outcome instanceof Outcome.Saved saved) {
			flash.addFlashAttribute("notice", saved.message());
			if (saved.publicPath() != null) {
				flash.addFlashAttribute("publicPath", saved.publicPath());
			}
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
	 * Saves a form that merges refused saves. A save refused because someone else saved
	 * first is merged against the values the form started from: fields only the other
	 * editor changed take the saved values, the editor's own changes stay. Without a
	 * clash the merged version is saved at once (and the notice says what was taken from
	 * the other save); with one, the form comes back holding the merge, starting from the
	 * saved version, with the clashing fields to choose.
	 * @param save writes the form; called again with the merged form
	 */
	public static <F extends MergingForm> String save(F form, BindingResult errors, Model model,
			RedirectAttributes flash, String redirectPath, Supplier<String> formView, Function<F, Outcome> save) {
		form.applyChoices();
		Outcome outcome = save.apply(form);
		List<String> taken = new ArrayList<>();
		String takenFrom = null;
		for (int attempt = 0; attempt < MERGE_ATTEMPTS && outcome instanceof Outcome.Conflict conflict
				&& conflict.mergeable(); attempt++) {
			FieldMerge.Result merge = FieldMerge.merge(form.originalValues(), conflict.saved(), form.fieldValues());
			merge.merged().forEach(form::setFieldValue);
			form.setVersion(conflict.currentVersion());
			form.setOriginal(FormSnapshot.encode(conflict.saved()));
			if (merge.hasClashes()) {
				model.addAttribute("merge", MergeReport.of(form, conflict, merge));
				return formView.get();
			}
			taken.addAll(MergeReport.labels(form, merge, FieldMerge.Change.THEIRS));
			takenFrom = conflict.savedBy();
			outcome = save.apply(form);
		}
		if (outcome instanceof Outcome.Saved saved && takenFrom != null) {
			String note = taken.isEmpty() ? " " + takenFrom + " had saved the same changes meanwhile." : " Meanwhile "
					+ takenFrom + " had saved changes to " + String.join(", ", taken) + "; they are kept with yours.";
			outcome = new Outcome.Saved(saved.id(), saved.message() + note, saved.publicPath());
		}
		return next(outcome, errors, model, flash, redirectPath, formView);
	}

	/**
	 * The same for a one-button action (retire, delete, toggle): always back to
	 * {@code redirectPath}, with a notice when it was done and the reason when it was
	 * not.
	 */
	public static String afterAction(Outcome outcome, RedirectAttributes flash, String redirectPath) {
		if (outcome instanceof Outcome.Saved saved) {
			flash.addFlashAttribute("notice", saved.message());
			if (saved.publicPath() != null) {
				flash.addFlashAttribute("publicPath", saved.publicPath());
			}
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
