package io.sparkpulse.devdatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.sparkpulse.SparkpulseApplication;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The chain acting on environments prepared by Spring Boot from the application's own
 * configuration files, with the machine's answers given.
 */
@ExtendWith(OutputCaptureExtension.class)
class DevelopmentDatabaseTest {

	private final List<Path> embeddedStarts = new ArrayList<>();

	@Test
	void theApplicationsOwnDefaultsAreNotAConfiguredDatasource() {
		assertThat(DevelopmentDatabase.datasourceConfigured(environment(Map.of()))).isFalse();
	}

	@Test
	void aDatasourceUrlArgumentIsUsedAsGivenAndNothingElseIsTried(CapturedOutput output) {
		ConfigurableEnvironment environment = environment(Map.of(),
				"--spring.datasource.url=jdbc:postgresql://db.example.org:5432/site?password=secret");

		runChain(environment, new DatabaseSourceChainTest.FakeMachine(true, true, false));

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example.org:5432/site?password=secret");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		assertThat(output).contains("Database: as configured, jdbc:postgresql://db.example.org:5432/site (no other")
			.doesNotContain("secret");
	}

	@Test
	void anyDatasourceVariableInTheEnvironmentCountsAsConfigured() {
		DatabaseSourceChainTest.FakeMachine machine = new DatabaseSourceChainTest.FakeMachine(true, true, false);
		runChain(environment(Map.of("SPRING_DATASOURCE_USERNAME", "reader")), machine);
		assertThat(machine.asked).isEmpty();
	}

	@Test
	void aLocalPostgresIsUsedOnThePortItAnswersOn(CapturedOutput output) {
		ConfigurableEnvironment environment = environment(Map.of("SPARKPULSE_DEV_DATABASE_LOCAL_PORT", "5999"));

		runChain(environment, new DatabaseSourceChainTest.FakeMachine(true, false, false));

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:5999/postgres");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		assertThat(output).containsOnlyOnce("Database: local PostgreSQL on localhost:5999");
	}

	@Test
	void dockerComposeStartsOnlyTheDatabaseServiceOfTheComposeFile(CapturedOutput output) {
		ConfigurableEnvironment environment = environment(Map.of());

		runChain(environment, new DatabaseSourceChainTest.FakeMachine(false, true, true));

		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("spring.docker.compose.file")).isEqualTo("docker-compose.yml");
		assertThat(environment.getProperty("spring.docker.compose.start.arguments")).isEqualTo("db");
		assertThat(environment.getProperty("spring.docker.compose.stop.arguments")).isEqualTo("db");
		assertThat(output).contains("Database: PostgreSQL started from docker-compose.yml (service 'db')");
	}

	@Test
	void withoutLocalServerOrDockerAUserGetsAnEmbeddedServerInTheirHomeFolder(CapturedOutput output) {
		ConfigurableEnvironment environment = environment(Map.of());

		runChain(environment, new DatabaseSourceChainTest.FakeMachine(false, false, false));

		Path folder = Path.of(System.getProperty("user.home"), ".sparkpulse", "dev-postgres");
		assertThat(this.embeddedStarts).containsExactly(folder);
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:54321/postgres");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		assertThat(output).contains("Database: embedded PostgreSQL in " + folder + " (kept between runs)");
	}

	@Test
	void theEmbeddedServersFolderCanBeChosen() {
		runChain(environment(Map.of("SPARKPULSE_DEV_DATABASE_EMBEDDED_FOLDER", "/srv/sparkpulse-db")),
				new DatabaseSourceChainTest.FakeMachine(false, false, false));
		assertThat(this.embeddedStarts).containsExactly(Path.of("/srv/sparkpulse-db"));
	}

	@Test
	void rootWithoutAnyDatabaseGetsAShortReportNamingTheThreeWays() {
		ConfigurableEnvironment environment = environment(Map.of("SPARKPULSE_DEV_DATABASE_LOCAL_PORT", "5999"));

		NoDatabaseException failure = org.assertj.core.api.Assertions.catchThrowableOfType(NoDatabaseException.class,
				() -> runChain(environment, new DatabaseSourceChainTest.FakeMachine(false, false, true)));

		FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("localhost:5999");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL")
			.contains("PostgreSQL on localhost:5999")
			.contains("start Docker");
		assertThat(this.embeddedStarts).isEmpty();
	}

	@Test
	void testContextsAndOtherMainClassesAreLeftAlone() {
		ConfigurableEnvironment environment = environment(Map.of());
		DatabaseSourceChainTest.FakeMachine machine = new DatabaseSourceChainTest.FakeMachine(false, false, false);
		SpringApplication test = new SpringApplication(SparkpulseApplication.class);
		test.setMainApplicationClass(DevelopmentDatabaseTest.class);

		chain(machine).postProcessEnvironment(environment, test);

		assertThat(machine.asked).isEmpty();
		assertThat(environment.getPropertySources().contains(DevelopmentDatabase.PROPERTY_SOURCE)).isFalse();
	}

	@Test
	void withoutTheDevelopmentLibrariesNothingIsTried() {
		ConfigurableEnvironment environment = environment(Map.of());
		DatabaseSourceChainTest.FakeMachine machine = new DatabaseSourceChainTest.FakeMachine(false, false, false);
		SpringApplication run = runCommand();
		run.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(new ClassLoader(null) {
		}));

		chain(machine).postProcessEnvironment(environment, run);

		assertThat(machine.asked).isEmpty();
		assertThat(environment.getPropertySources().contains(DevelopmentDatabase.PROPERTY_SOURCE)).isFalse();
	}

	private void runChain(ConfigurableEnvironment environment, DatabaseSourceChain.Machine machine) {
		chain(machine).postProcessEnvironment(environment, runCommand());
	}

	private DevelopmentDatabase chain(DatabaseSourceChain.Machine machine) {
		return new DevelopmentDatabase(LogFactory.getLog(DevelopmentDatabase.class), (properties) -> machine,
				(folder) -> {
					this.embeddedStarts.add(folder);
					return "jdbc:postgresql://localhost:54321/postgres";
				});
	}

	private static SpringApplication runCommand() {
		SpringApplication application = new SpringApplication(SparkpulseApplication.class);
		application.setMainApplicationClass(SparkpulseApplication.class);
		return application;
	}

	/**
	 * The environment Spring Boot prepares from the application's configuration files and
	 * the given arguments, with the given variables as the whole process environment (the
	 * test JVM's own, which names the tests' database, left out).
	 */
	static ConfigurableEnvironment environment(Map<String, Object> variables, String... arguments) {
		SpringApplication application = new SpringApplication(SparkpulseApplication.class);
		// Not the run command: the chain under test is the one the test builds.
		application.setMainApplicationClass(DevelopmentDatabaseTest.class);
		application.setEnvironment(new StandardEnvironment() {
			@Override
			public Map<String, Object> getSystemEnvironment() {
				return variables;
			}
		});
		AtomicReference<ConfigurableEnvironment> prepared = new AtomicReference<>();
		application.addListeners((ApplicationEnvironmentPreparedEvent event) -> {
			prepared.set(event.getEnvironment());
			throw new SpringApplication.AbandonedRunException();
		});
		assertThatExceptionOfType(SpringApplication.AbandonedRunException.class)
			.isThrownBy(() -> application.run(arguments));
		return prepared.get();
	}

}
