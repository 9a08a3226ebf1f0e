package io.sparkpulse.scoring;

import java.util.Arrays;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Explains the velocity formula with the constants the code actually uses.
 */
@Controller
class MethodologyController {

	@GetMapping("/methodology")
	ModelAndView methodology() {
		List<KindWeight> weights = Arrays.stream(ActivityKind.values())
			.map((kind) -> new KindWeight(kind.label(), VelocityFormula.weight(kind)))
			.toList();
		return new ModelAndView("methodology", "formula", new Formula(VelocityFormula.VERSION,
				VelocityFormula.HALF_LIFE_DAYS, VelocityFormula.MAX_SCORE, VelocityFormula.HORIZON_DAYS, weights));
	}

	record Formula(int version, double halfLifeDays, double maxScore, int horizonDays, List<KindWeight> weights) {
	}

	record KindWeight(String kind, double weight) {
	}

}
