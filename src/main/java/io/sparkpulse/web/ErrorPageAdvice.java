package io.sparkpulse.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the request problems a reader can cause into designed pages. Anything else is
 * left to Spring Boot's error handling, which renders {@code error/500} without exposing
 * details.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

	static final int RETRY_AFTER_SECONDS = 10;

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

	/**
	 * The database is unreachable or too slow right now: a designed 503 that tells
	 * clients when to come back, and tells an editor that the change was not saved (the
	 * transaction rolled back whole).
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class, RecoverableDataAccessException.class })
	ModelAndView unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		ModelAndView page = page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("notSaved", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
		return page;
	}

	/**
	 * A failure while ending a transaction is a 503 only when the connection itself was
	 * lost (the database went away mid-request); anything else is a real bug and stays a
	 * 500.
	 */
	@ExceptionHandler({ TransactionSystemException.class, JpaSystemException.class })
	ModelAndView lostConnection(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!ConnectionFailures.isConnectionFailure(ex)) {
			throw ex;
		}
		return unavailable(ex, request, response);
	}

	private ModelAndView page(String view, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		mav.addObject("status", status.value());
		return mav;
	}

}
