package io.sparkpulse.ingest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Ingestion's boundaries: other features see its services and records, never its network
 * and parsing machinery, and the features it feeds do not know about it.
 */
@AnalyzeClasses(packages = "io.sparkpulse", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestArchitectureTest {

	@ArchTest
	static final ArchRule fetchingAndParsingStayInsideIngestion = noClasses().that()
		.resideOutsideOfPackage("io.sparkpulse.ingest..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.sparkpulse.ingest.fetch..", "io.sparkpulse.ingest.feed..");

	@ArchTest
	static final ArchRule fetchingAndParsingKnowNothingOfTheSite = noClasses().that()
		.resideInAnyPackage("io.sparkpulse.ingest.fetch..", "io.sparkpulse.ingest.feed..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.sparkpulse.catalog..", "io.sparkpulse.activity..", "io.sparkpulse.scoring..",
				"io.sparkpulse.web..", "org.springframework..");

	@ArchTest
	static final ArchRule coreFeaturesDoNotDependOnIngestion = noClasses().that()
		.resideInAnyPackage("io.sparkpulse.catalog..", "io.sparkpulse.editorial..", "io.sparkpulse.activity..",
				"io.sparkpulse.scoring..", "io.sparkpulse.freshness..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.sparkpulse.ingest..");

}
