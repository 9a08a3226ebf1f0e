package io.sparkpulse.admin.feeds;

import io.sparkpulse.admin.users.SignedInEditor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many ingested items await review, for the admin navigation of signed-in editors.
 */
@ControllerAdvice(basePackages = "io.sparkpulse.admin")
class ReviewCountAdvice {

	private final ReviewEditing review;

	ReviewCountAdvice(ReviewEditing review) {
		this.review = review;
	}

	@ModelAttribute("pendingReviews")
	Integer pendingReviews(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? this.review.pendingCount() : null;
	}

}
