package io.sparkpulse.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the request problems a reader can cause into designed pages. Anything else is left to Spring
 * Boot's error handling, which renders {@code error/500} without exposing details.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		log.debug("Not found: {}", ex.getMessage());
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(GoneException.class)
	@ResponseStatus(HttpStatus.GONE)
	ModelAndView gone(GoneException ex) {
		log.debug("Gone: {}", ex.getMessage());
		return page("error/410", HttpStatus.GONE);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(Exception ex) {
		log.debug("Bad request: {}", ex.getMessage());
		return page("error/400", HttpStatus.BAD_REQUEST);
	}

	private ModelAndView page(String view, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		mav.addObject("status", status.value());
		return mav;
	}

}
