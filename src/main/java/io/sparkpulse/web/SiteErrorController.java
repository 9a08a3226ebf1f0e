package io.sparkpulse.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container reports (unknown URLs, rejected requests, failures while
 * rendering) becomes one of the designed error pages, whatever the client accepts: never
 * a stack trace, never JSON. Requested directly, the error path is just a page that does
 * not exist.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String view = switch (status) {
			case FORBIDDEN -> "error/403";
			case NOT_FOUND -> "error/404";
			case GONE -> "error/410";
			case SERVICE_UNAVAILABLE -> "error/503";
			default -> status.is4xxClientError() ? "error/400" : "error/500";
		};
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return HttpStatus.NOT_FOUND;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
