package io.sparkpulse.compare;

import java.util.List;

import io.sparkpulse.web.SeeOther;
import io.sparkpulse.web.ComparePath;
import io.sparkpulse.web.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The "Compare with…" form: a plain GET form, so it works without JavaScript, answered
 * with a 303 to the canonical compare page or with the form again.
 */
@Controller
class CompareFormController {

	/** More fields than a comparison can hold are not read. */
	private static final int MAX_FIELDS = 2 * ComparePath.MAX_PRODUCTS;

	private final ComparisonFinder finder;

	CompareFormController(ComparisonFinder finder) {
		this.finder = finder;
	}

	@GetMapping(SitePaths.COMPARE_START)
	ModelAndView start(@RequestParam(name = "with", required = false) List<String> with,
			@RequestParam(name = "add", required = false) List<String> add) {
		CompareStart start = this.finder.start(limited(with), limited(add));
		if (start instanceof CompareStart.GoTo goTo) {
			return SeeOther.to(goTo.path());
		}
		CompareStart.Form form = (CompareStart.Form) start;
		ModelAndView page = new ModelAndView("compare/start", "form", form);
		if (form.problem() != null) {
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	private static List<String> limited(List<String> values) {
		return (values == null) ? List.of() : values.stream().limit(MAX_FIELDS).toList();
	}

}
