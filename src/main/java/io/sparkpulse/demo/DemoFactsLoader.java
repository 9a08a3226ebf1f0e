package io.sparkpulse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.sparkpulse.editorial.VerdictCommands;
import io.sparkpulse.facts.Adoption;
import io.sparkpulse.facts.FactsCommands;
import io.sparkpulse.facts.FactsDraft;
import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.Sourced;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalog's facts and categories ({@code classpath:demo/facts/*.json}, one
 * file per sector, keyed by product slug) and its editors' verdicts
 * ({@code classpath:demo/verdicts/*.json}), inside the demo loader's transaction. A slug
 * that names no loaded product fails the load: the files and the catalog must agree.
 */
@Component
class DemoFactsLoader {

	private final FactsCommands facts;

	private final VerdictCommands verdicts;

	private final JsonMapper json;

	DemoFactsLoader(FactsCommands facts, VerdictCommands verdicts, JsonMapper json) {
		this.facts = facts;
		this.verdicts = verdicts;
		this.json = json;
	}

	/**
	 * @param products the loaded products' ids by slug
	 */
	void load(Map<String, Long> products, Instant now, LocalDate today) {
		for (FactsFile file : read("classpath:demo/facts/*.json", FactsFile.class)) {
			LocalDate checked = today.minusDays(file.checkedDaysAgo());
			file.products().forEach((slug, entry) -> this.facts.save(id(products, slug), 0, entry.draft(checked)));
		}
		for (VerdictsFile file : read("classpath:demo/verdicts/*.json", VerdictsFile.class)) {
			for (DemoVerdict verdict : file.verdicts()) {
				this.verdicts.revise(id(products, verdict.pair().get(0)), id(products, verdict.pair().get(1)),
						verdict.body(), DemoCatalogLoader.AUTHOR, now.minus(Duration.ofDays(verdict.updatedDaysAgo())));
			}
		}
	}

	private static long id(Map<String, Long> products, String slug) {
		Long id = products.get(slug);
		if (id == null) {
			throw new IllegalStateException("Demo facts name a product that is not in the demo catalog: " + slug);
		}
		return id;
	}

	private <T> List<T> read(String pattern, Class<T> type) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<T> files = new ArrayList<>(resources.length);
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.add(this.json.readValue(in, type));
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Demo facts could not be read", ex);
		}
	}

	record FactsFile(int checkedDaysAgo, Map<String, DemoFacts> products) {
	}

	record DemoFacts(String category, Fact<String> licence, Fact<String> hosting, Fact<List<String>> platforms,
			Fact<String> language, Fact<String> pricing, Fact<Integer> firstRelease, DemoAdoption adoption) {

		FactsDraft draft(LocalDate checked) {
			return new FactsDraft(this.category,
					(this.licence != null)
							? new Sourced<>(new Licence(this.licence.value()), this.licence.source(), checked) : null,
					(this.hosting != null)
							? new Sourced<>(Hosting.valueOf(this.hosting.value()), this.hosting.source(), checked)
							: null,
					sourced(this.platforms, checked), sourced(this.language, checked),
					(this.pricing != null)
							? new Sourced<>(Pricing.valueOf(this.pricing.value()), this.pricing.source(), checked)
							: null,
					sourced(this.firstRelease, checked),
					(this.adoption != null)
							? new Sourced<>(new Adoption(this.adoption.count(), this.adoption.measure()),
									this.adoption.source(), checked)
							: null);
		}

		private static <T> Sourced<T> sourced(Fact<T> fact, LocalDate checked) {
			return (fact != null) ? new Sourced<>(fact.value(), fact.source(), checked) : null;
		}

	}

	record Fact<T>(T value, String source) {
	}

	record DemoAdoption(long count, String measure, String source) {
	}

	record VerdictsFile(List<DemoVerdict> verdicts) {
	}

	record DemoVerdict(List<String> pair, int updatedDaysAgo, String body) {
	}

}
