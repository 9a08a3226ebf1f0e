package io.sparkpulse.bench;

import java.time.Clock;

import io.sparkpulse.SparkpulseApplication;
import io.sparkpulse.support.TestConfigurationsExcluded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The benchmark's catalog generator, a command: fill the empty database with a synthetic
 * catalog of {@code sparkpulse.generate.products} products and
 * {@code sparkpulse.generate.activity} activity items, then exit (status 0; 1 if the
 * catalog was not empty or the sizes are wrong). It lives with the tests, so it is never
 * in the site's jar, and runs the site's own schema migrations and score recompute
 * through the wrapper ({@code bench/run.sh} does this):
 *
 * <pre>
 * ./mvnw spring-boot:test-run -Dspring-boot.run.main-class=io.sparkpulse.bench.SyntheticCatalogCommand \
 *     -Dspring-boot.run.arguments="--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bench \
 *     --sparkpulse.generate.products=100000 --sparkpulse.generate.activity=5000000"
 * </pre>
 *
 * Its profile, {@code generate} ({@code application-generate.properties} beside the
 * tests), starts no server and loads no demo catalog.
 */
@Component
@Profile("generate")
public class SyntheticCatalogCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticCatalogCommand.class);

	private final SyntheticCatalogGenerator generator;

	private final SyntheticCatalogProperties properties;

	private final Clock clock;

	SyntheticCatalogCommand(SyntheticCatalogGenerator generator, SyntheticCatalogProperties properties, Clock clock) {
		this.generator = generator;
		this.properties = properties;
		this.clock = clock;
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(SparkpulseApplication.class).profiles("generate")
			// The tests' own configurations (a fixed clock...) are on this classpath too.
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testConfigurationsExcluded", new TestConfigurationsExcluded()))
			.run(args);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.products() < 1 || this.properties.activity() < 0) {
			throw new IllegalArgumentException(
					"Say how big the catalog is: --sparkpulse.generate.products=N (N >= 1) and --sparkpulse.generate.activity=M (M >= 0)");
		}
		log.info("Generating a synthetic catalog of {} products and {} activity items (seed {})",
				this.properties.products(), this.properties.activity(), this.properties.seed());
		this.generator.generate(SyntheticCatalogPlan.of(this.properties.products(), this.properties.activity(),
				this.properties.seed(), this.clock.instant()));
	}

	/**
	 * Scheduling threads would keep the JVM alive (on Java 17 they are platform threads):
	 * a command ends once the catalog is written.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void exitWhenDone(ApplicationReadyEvent event) {
		System.exit(SpringApplication.exit(event.getApplicationContext()));
	}

}
