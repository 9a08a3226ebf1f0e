package io.sparkpulse.admin.predictions;

import io.sparkpulse.admin.users.SignedInEditor;

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

	@ModelAttribute("predictionsDue")
	Integer predictionsDue(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? this.editing.dueCount() : null;
	}

}
