package io.sparkpulse.admin.feeds;

import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.web.ShownOnly;
import org.thymeleaf.context.LazyContextVariable;

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

	/**
	 * Counted only when a page shows the navigation: a form post that redirects, or a
	 * JSON answer, asks nothing (counting was a fifth of an activity write's time).
	 */
	@ModelAttribute("pendingReviews")
	LazyContextVariable<Integer> pendingReviews(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? ShownOnly.of(this.review::pendingCount) : null;
	}

}
