package io.sparkpulse.methodology;

import java.util.Arrays;
import java.util.List;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.scoring.Cadence;
import io.sparkpulse.scoring.VelocityFormula;
import io.sparkpulse.seo.Crumb;
import io.sparkpulse.seo.PageMeta;
import io.sparkpulse.seo.PageMetas;
import io.sparkpulse.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The methodology page: explains the velocity formula with the constants the code
 * actually uses. A page of its own, beside the product and sector pages, that reads
 * {@code scoring}; {@code scoring} itself holds no page.
 */
@Controller
class MethodologyController {

	private final PageMetas metas;

	MethodologyController(PageMetas metas) {
		this.metas = metas;
	}

	@GetMapping(SitePaths.METHODOLOGY)
	ModelAndView methodology() {
		List<KindWeight> weights = Arrays.stream(ActivityKind.values())
			.map((kind) -> new KindWeight(kind.label(), VelocityFormula.weight(kind)))
			.toList();
		String description = "The Sparkpulse velocity score, version " + VelocityFormula.VERSION
				+ ": weighted ship moves that halve in value every " + (int) VelocityFormula.HALF_LIFE_DAYS
				+ " days, summed and capped at " + VelocityFormula.MAX_SCORE + ".";
		PageMeta meta = this.metas.page("How the velocity score works", description, SitePaths.methodology(),
				List.of(PageMetas.home(), new Crumb("Methodology", SitePaths.methodology())), null, List.of());
		String releaseKinds = Arrays.stream(ActivityKind.values())
			.filter(Cadence.RELEASE_KINDS::contains)
			.map((kind) -> kind.label().toLowerCase(java.util.Locale.ROOT) + "s")
			.collect(java.util.stream.Collectors.joining(" and "));
		return new ModelAndView("methodology", "formula",
				new Formula(meta, VelocityFormula.VERSION, VelocityFormula.HALF_LIFE_DAYS, VelocityFormula.MAX_SCORE,
						VelocityFormula.HORIZON_DAYS, weights, Cadence.RECENT_RELEASE_DAYS, releaseKinds));
	}

	record Formula(PageMeta meta, int version, double halfLifeDays, double maxScore, int horizonDays,
			List<KindWeight> weights, int recentReleaseDays, String releaseKinds) {
	}

	record KindWeight(String kind, double weight) {
	}

}
