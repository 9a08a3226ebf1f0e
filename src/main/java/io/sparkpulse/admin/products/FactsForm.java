package io.sparkpulse.admin.products;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.sparkpulse.admin.web.BoundToFields;
import io.sparkpulse.admin.web.VersionedForm;
import io.sparkpulse.admin.web.WebUrl;
import io.sparkpulse.facts.Adoption;
import io.sparkpulse.facts.FactsDraft;
import io.sparkpulse.facts.Hosting;
import io.sparkpulse.facts.Licence;
import io.sparkpulse.facts.Pricing;
import io.sparkpulse.facts.ProductFacts;
import io.sparkpulse.facts.Sourced;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The facts form as the browser sends it: each fact as text, with the address it was
 * checked against and the day. A fact left empty is unknown; an entered fact needs its
 * source and day ({@link #check(Errors, LocalDate)}).
 * <p>
 * Bound to its fields ({@link BoundToFields}): twenty-three text fields need no pair of
 * accessors each.
 */
public class FactsForm extends VersionedForm implements BoundToFields {

	private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

	/** The same, or nothing (an empty field). */
	private static final String OPTIONAL_DAY = "(" + DAY + ")?";

	private static final String DAY_MESSAGE = "Enter the day as on a calendar, like 2026-11-20.";

	@Size(max = 60, message = "Keep the category to 60 characters.")
	private String category;

	@Size(max = 120, message = "Keep the licence to 120 characters.")
	private String licence;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String licenceSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String licenceCheckedOn;

	@Pattern(regexp = "(SELF_HOSTED|HOSTED|BOTH)?", message = "Choose one of the hosting options.")
	private String hosting;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String hostingSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String hostingCheckedOn;

	@Size(max = 200, message = "Keep the platforms to 200 characters.")
	private String platforms;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String platformsSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String platformsCheckedOn;

	@Size(max = 60, message = "Keep the language to 60 characters.")
	private String language;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String languageSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String languageCheckedOn;

	@Pattern(regexp = "(FREE|OPEN_CORE|FREEMIUM|PAID)?", message = "Choose one of the pricing models.")
	private String pricing;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String pricingSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String pricingCheckedOn;

	@Pattern(regexp = "(19[7-9]\\d|20\\d\\d)?", message = "Enter a year between 1970 and 2099.")
	private String firstRelease;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String firstReleaseSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String firstReleaseCheckedOn;

	@Pattern(regexp = "(\\d{1,15})?", message = "Enter the figure as a whole number, without separators.")
	private String adoptionCount;

	@Size(max = 80, message = "Keep what it counts to 80 characters.")
	private String adoptionMeasure;

	@Size(max = 500, message = "Keep the address to 500 characters.")
	@WebUrl
	private String adoptionSource;

	@Pattern(regexp = OPTIONAL_DAY, message = DAY_MESSAGE)
	private String adoptionCheckedOn;

	static FactsForm of(ProductFacts facts) {
		FactsForm form = new FactsForm();
		form.category = facts.category();
		if (facts.licence() != null) {
			form.licence = facts.licence().value().spdx();
			form.licenceSource = facts.licence().sourceUrl();
			form.licenceCheckedOn = day(facts.licence());
		}
		if (facts.hosting() != null) {
			form.hosting = facts.hosting().value().name();
			form.hostingSource = facts.hosting().sourceUrl();
			form.hostingCheckedOn = day(facts.hosting());
		}
		if (facts.platforms() != null) {
			form.platforms = String.join(", ", facts.platforms().value());
			form.platformsSource = facts.platforms().sourceUrl();
			form.platformsCheckedOn = day(facts.platforms());
		}
		if (facts.language() != null) {
			form.language = facts.language().value();
			form.languageSource = facts.language().sourceUrl();
			form.languageCheckedOn = day(facts.language());
		}
		if (facts.pricing() != null) {
			form.pricing = facts.pricing().value().name();
			form.pricingSource = facts.pricing().sourceUrl();
			form.pricingCheckedOn = day(facts.pricing());
		}
		if (facts.firstRelease() != null) {
			form.firstRelease = String.valueOf(facts.firstRelease().value());
			form.firstReleaseSource = facts.firstRelease().sourceUrl();
			form.firstReleaseCheckedOn = day(facts.firstRelease());
		}
		if (facts.adoption() != null) {
			form.adoptionCount = String.valueOf(facts.adoption().value().count());
			form.adoptionMeasure = facts.adoption().value().measure();
			form.adoptionSource = facts.adoption().sourceUrl();
			form.adoptionCheckedOn = day(facts.adoption());
		}
		form.setVersion(facts.version());
		return form;
	}

	private static String day(Sourced<?> fact) {
		return (fact.checkedOn() != null) ? fact.checkedOn().toString() : null;
	}

	/**
	 * The rules that span fields: an entered fact has its source and day, a fact left
	 * empty has neither, a licence is an SPDX identifier or expression, an adoption
	 * figure says what it counts, and no day is in the future.
	 */
	void check(Errors errors, LocalDate today) {
		sourced(errors, today, "licence", this.licence, this.licenceSource, this.licenceCheckedOn);
		sourced(errors, today, "hosting", this.hosting, this.hostingSource, this.hostingCheckedOn);
		sourced(errors, today, "platforms", this.platforms, this.platformsSource, this.platformsCheckedOn);
		sourced(errors, today, "language", this.language, this.languageSource, this.languageCheckedOn);
		sourced(errors, today, "pricing", this.pricing, this.pricingSource, this.pricingCheckedOn);
		sourced(errors, today, "firstRelease", this.firstRelease, this.firstReleaseSource, this.firstReleaseCheckedOn);
		sourced(errors, today, "adoption", this.adoptionCount, this.adoptionSource, this.adoptionCheckedOn);
		if (present(this.licence) && !errors.hasFieldErrors("licence") && !Licence.isWellFormed(this.licence.strip())) {
			errors.rejectValue("licence", "spdx", "Enter an SPDX identifier such as AGPL-3.0-only or MIT, an "
					+ "expression such as “MIT OR Apache-2.0”, or " + Licence.PROPRIETARY + ".");
		}
		if (present(this.adoptionCount) != present(this.adoptionMeasure)) {
			errors.rejectValue(present(this.adoptionCount) ? "adoptionMeasure" : "adoptionCount", "pair",
					"An adoption figure needs both the number and what it counts (“GitHub stars”).");
		}
		if (present(this.platforms) && platformList().isEmpty()) {
			errors.rejectValue("platforms", "empty", "Name at least one platform, separated by commas.");
		}
	}

	private static void sourced(Errors errors, LocalDate today, String fact, String value, String source,
			String checkedOn) {
		String field = "adoption".equals(fact) ? "adoptionCount" : fact;
		if (present(value)) {
			if (!present(source)) {
				errors.rejectValue(fact + "Source", "required", "Give the address this fact was checked against.");
			}
			if (!present(checkedOn)) {
				errors.rejectValue(fact + "CheckedOn", "required", "Give the day this fact was checked.");
			}
			else if (checkedOn.matches(DAY)) {
				LocalDate day = day(checkedOn);
				if (day == null) {
					errors.rejectValue(fact + "CheckedOn", "invalid", "That day does not exist on the calendar.");
				}
				else if (day.isAfter(today)) {
					errors.rejectValue(fact + "CheckedOn", "future", "The day it was checked cannot be in the future.");
				}
			}
		}
		else if (present(source) || present(checkedOn)) {
			errors.rejectValue(field, "required",
					"Enter the fact itself, or clear its address and day to leave it unknown.");
		}
	}

	private static LocalDate day(String day) {
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	FactsDraft draft() {
		return new FactsDraft(present(this.category) ? this.category.strip() : null,
				sourced(this.licence, (v) -> new Licence(v.strip()), this.licenceSource, this.licenceCheckedOn),
				sourced(this.hosting, Hosting::valueOf, this.hostingSource, this.hostingCheckedOn),
				sourced(this.platforms, (v) -> platformList(), this.platformsSource, this.platformsCheckedOn),
				sourced(this.language, String::strip, this.languageSource, this.languageCheckedOn),
				sourced(this.pricing, Pricing::valueOf, this.pricingSource, this.pricingCheckedOn),
				sourced(this.firstRelease, Integer::valueOf, this.firstReleaseSource, this.firstReleaseCheckedOn),
				sourced(this.adoptionCount, (v) -> new Adoption(Long.parseLong(v), this.adoptionMeasure.strip()),
						this.adoptionSource, this.adoptionCheckedOn));
	}

	private List<String> platformList() {
		return Arrays.stream(this.platforms.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	private static <T> Sourced<T> sourced(String value, Function<String, T> parse, String source, String checkedOn) {
		return present(value) ? new Sourced<>(parse.apply(value), source.strip(), LocalDate.parse(checkedOn)) : null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
