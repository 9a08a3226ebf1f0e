package io.sparkpulse.admin.web;

import java.time.Clock;

import io.sparkpulse.admin.users.SignedInEditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every admin page shares: who is signed in, form values trimmed (an empty field is
 * no value), and a 409 page for the rare save that collides with another one after every
 * check passed.
 */
@ControllerAdvice(basePackages = "io.sparkpulse.admin")
class AdminAdvice {

	private static final Logger log = LoggerFactory.getLogger(AdminAdvice.class);

	private final Clock clock;

	AdminAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("editor")
	EditorBadge editor(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? new EditorBadge(editor.displayName(), editor.isAdmin()) : null;
	}

	/**
	 * Added to every admin link to a public page: a new address each time, so neither the
	 * browser nor a cache in front of the site can answer it with a copy from before the
	 * editor's last change.
	 */
	@ModelAttribute("fresh")
	String fresh() {
		return Long.toString(this.clock.millis(), 36);
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		if (boundToFields(binder)) {
			// Before any other configuration: the binder fixes its access on first use.
			binder.initDirectFieldAccess();
		}
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Whether the binder's form is {@link BoundToFields}: a form bound from a request has
	 * no instance yet when binders are set up, only its type.
	 */
	private static boolean boundToFields(WebDataBinder binder) {
		Object target = binder.getTarget();
		Class<?> type = (target != null) ? target.getClass()
				: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		return type != null && BoundToFields.class.isAssignableFrom(type);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ModelAndView collision(RuntimeException ex) {
		log.info("Admin save collided with a concurrent one: {}", ex.getClass().getSimpleName());
		ModelAndView page = new ModelAndView("admin/collision");
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

}
