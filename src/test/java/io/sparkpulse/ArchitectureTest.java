package io.sparkpulse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.sparkpulse.web.PermanentRedirect;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature boundaries the code relies on, checked on every build.
 */
@AnalyzeClasses(packages = "io.sparkpulse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule entitiesStayInsideTheirFeature = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("other features see records, never entities");

	@ArchTest
	static final ArchRule repositoriesStayInsideTheirFeature = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule controllersDoNotTouchRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule theWebLayerDependsOnNoFeature = noClasses().that()
		.resideInAPackage("io.sparkpulse.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.sparkpulse.catalog..", "io.sparkpulse.editorial..", "io.sparkpulse.activity..",
				"io.sparkpulse.scoring..", "io.sparkpulse.compare..", "io.sparkpulse.alternatives..",
				"io.sparkpulse.products..", "io.sparkpulse.home..", "io.sparkpulse.sectors..", "io.sparkpulse.demo..",
				"io.sparkpulse.search..", "io.sparkpulse.feeds..", "io.sparkpulse.seo..", "io.sparkpulse.freshness..",
				"io.sparkpulse.admin..", "io.sparkpulse.charts..", "io.sparkpulse.methodology..");

	@ArchTest
	static final ArchRule coreFeaturesDoNotDependOnPages = noClasses().that()
		.resideInAnyPackage("io.sparkpulse.catalog..", "io.sparkpulse.editorial..", "io.sparkpulse.activity..",
				"io.sparkpulse.scoring..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.sparkpulse.compare..", "io.sparkpulse.alternatives..", "io.sparkpulse.products..",
				"io.sparkpulse.home..", "io.sparkpulse.sectors..", "io.sparkpulse.demo..", "io.sparkpulse.search..",
				"io.sparkpulse.feeds..", "io.sparkpulse.admin..", "io.sparkpulse.charts..",
				"io.sparkpulse.methodology..");

	@ArchTest
	static final ArchRule coreFeaturesHoldNoPresentation = noClasses().that()
		.resideInAnyPackage("io.sparkpulse.catalog..", "io.sparkpulse.editorial..", "io.sparkpulse.activity..",
				"io.sparkpulse.scoring..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.sparkpulse.web..", "io.sparkpulse.seo..", "io.sparkpulse.charts..",
				"io.sparkpulse.methodology..")
		.because("they hold dates, figures and formulas; labels, charts, page metadata and pages are made where "
				+ "pages are presented");

	@ArchTest
	static final ArchRule nothingDependsOnTheAdmin = noClasses().that()
		.resideOutsideOfPackage("io.sparkpulse.admin..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.sparkpulse.admin..")
		.because("the admin writes through the features' public commands; the public site must not need it");

	@ArchTest
	static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices().matching("io.sparkpulse.(*)..")
		.should()
		.beFreeOfCycles()
		.because(
				"a feature that needs another is built on it; two that need each other are one feature or a misplaced type");

	@ArchTest
	static final ArchRule permanentRedirectsHaveOneSender = noClasses().that()
		.doNotBelongToAnyOf(PermanentRedirect.class)
		.should()
		.accessField(HttpStatus.class, "MOVED_PERMANENTLY")
		.because("a page moves to its canonical URL one way, whoever answers the request");

}
