package io.sparkpulse.admin.predictions;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.web.ShownOnly;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many predictions are due and await a grade, for the admin navigation of signed-in
 * editors.
 */
@ControllerAdvice(basePackages = "io.sparkpulse.admin")
class PredictionCountAdvice {

	private final PredictionEditing editing;

	PredictionCountAdvice(PredictionEditing editing) {
		this.editing = editing;
	}

	/**
	 * Counted only when a page shows the navigation: a form post that redirects, or a
	 * JSON answer, asks nothing (counting was a fifth of an activity write's time).
	 */
	@ModelAttribute("predictionsDue")
	LazyContextVariable<Integer> predictionsDue(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? ShownOnly.of(this.editing::dueCount) : null;
	}

}
