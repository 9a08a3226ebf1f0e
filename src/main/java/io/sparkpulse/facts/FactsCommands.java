package io.sparkpulse.facts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a product's facts. The caller holds the product's row lock (see
 * {@code CatalogCommands.lockProduct}), so reading the version and writing cannot
 * interleave with another save.
 */
@Service
@Transactional
public class FactsCommands {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataVersion dataVersion;

	FactsCommands(JdbcClient jdbc, Clock clock, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dataVersion = dataVersion;
	}

	/**
	 * Writes every field of {@code draft} if the saved facts are still at
	 * {@code expectedVersion} (0: none saved yet); the version moves on by one.
	 */
	public void save(long productId, long expectedVersion, FactsDraft draft) {
		long current = this.jdbc.sql("select coalesce(max(version), 0) from product_facts where product_id = :id")
			.param("id", productId)
			.query(Long.class)
			.single();
		if (current != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ProductFacts.class, productId);
		}
		this.jdbc.sql("""
				insert into product_facts (product_id, category,
				    licence, licence_source, licence_checked_on, hosting, hosting_source, hosting_checked_on,
				    platforms, platforms_source, platforms_checked_on, language, language_source, language_checked_on,
				    pricing, pricing_source, pricing_checked_on,
				    first_release, first_release_source, first_release_checked_on,
				    adoption_count, adoption_measure, adoption_source, adoption_checked_on, version, updated_at)
				values (:id, :category, :licence, :licenceSource, :licenceChecked, :hosting, :hostingSource,
				    :hostingChecked, :platforms, :platformsSource, :platformsChecked, :language, :languageSource,
				    :languageChecked, :pricing, :pricingSource, :pricingChecked, :firstRelease, :firstReleaseSource,
				    :firstReleaseChecked, :adoptionCount, :adoptionMeasure, :adoptionSource, :adoptionChecked, 1, :now)
				on conflict (product_id) do update set category = excluded.category,
				    licence = excluded.licence, licence_source = excluded.licence_source,
				    licence_checked_on = excluded.licence_checked_on, hosting = excluded.hosting,
				    hosting_source = excluded.hosting_source, hosting_checked_on = excluded.hosting_checked_on,
				    platforms = excluded.platforms, platforms_source = excluded.platforms_source,
				    platforms_checked_on = excluded.platforms_checked_on, language = excluded.language,
				    language_source = excluded.language_source, language_checked_on = excluded.language_checked_on,
				    pricing = excluded.pricing, pricing_source = excluded.pricing_source,
				    pricing_checked_on = excluded.pricing_checked_on, first_release = excluded.first_release,
				    first_release_source = excluded.first_release_source,
				    first_release_checked_on = excluded.first_release_checked_on,
				    adoption_count = excluded.adoption_count, adoption_measure = excluded.adoption_measure,
				    adoption_source = excluded.adoption_source, adoption_checked_on = excluded.adoption_checked_on,
				    version = product_facts.version + 1, updated_at = excluded.updated_at
				""")
			.param("id", productId)
			.param("category", draft.category())
			.param("licence", value(draft.licence(), Licence::spdx))
			.param("licenceSource", source(draft.licence()))
			.param("licenceChecked", checked(draft.licence()))
			.param("hosting", value(draft.hosting(), Hosting::name))
			.param("hostingSource", source(draft.hosting()))
			.param("hostingChecked", checked(draft.hosting()))
			.param("platforms", value(draft.platforms(), (list) -> String.join(", ", list)))
			.param("platformsSource", source(draft.platforms()))
			.param("platformsChecked", checked(draft.platforms()))
			.param("language", value(draft.language(), Function.identity()))
			.param("languageSource", source(draft.language()))
			.param("languageChecked", checked(draft.language()))
			.param("pricing", value(draft.pricing(), Pricing::name))
			.param("pricingSource", source(draft.pricing()))
			.param("pricingChecked", checked(draft.pricing()))
			.param("firstRelease", value(draft.firstRelease(), Function.identity()))
			.param("firstReleaseSource", source(draft.firstRelease()))
			.param("firstReleaseChecked", checked(draft.firstRelease()))
			.param("adoptionCount", value(draft.adoption(), Adoption::count))
			.param("adoptionMeasure", value(draft.adoption(), Adoption::measure))
			.param("adoptionSource", source(draft.adoption()))
			.param("adoptionChecked", checked(draft.adoption()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.dataVersion.bump(DependencyKeys.product(productId));
	}

	private static <T, R> R value(Sourced<T> fact, Function<T, R> stored) {
		return (fact != null) ? stored.apply(fact.value()) : null;
	}

	private static String source(Sourced<?> fact) {
		return (fact != null) ? fact.sourceUrl() : null;
	}

	private static LocalDate checked(Sourced<?> fact) {
		return (fact != null) ? fact.checkedOn() : null;
	}

}
