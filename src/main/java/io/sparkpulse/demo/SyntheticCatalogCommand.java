package io.sparkpulse.demo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code generate} profile turns a start of the application into a command: fill the
 * empty database with a synthetic catalog of {@code sparkpulse.generate.products}
 * products and {@code sparkpulse.generate.activity} activity items, then exit (status 0;
 * 1 if the catalog was not empty or the sizes are wrong). The profile's own settings
 * ({@code config/application-generate.properties}) start no web server and load no demo
 * catalog.
 *
 * <pre>
 * java -jar target/sparkpulse-*.jar --spring.profiles.active=generate \
 *     --sparkpulse.generate.products=100000 --sparkpulse.generate.activity=5000000
 * </pre>
 */
@Component
@Profile("generate")
class SyntheticCatalogCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticCatalogCommand.class);

	private final SyntheticCatalogGenerator generator;

	private final SyntheticCatalogProperties properties;

	private final Clock clock;

	SyntheticCatalogCommand(SyntheticCatalogGenerator generator, SyntheticCatalogProperties properties, Clock clock) {
		this.generator = generator;
		this.properties = properties;
		this.clock = clock;
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
