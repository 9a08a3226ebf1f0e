package io.sparkpulse.devdatabase;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.sparkpulse.SparkpulseApplication;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Gives {@code ./mvnw spring-boot:run} a database on any machine: the first source of
 * {@link DatabaseSourceChain} that answers, said in one log line. It acts only when the
 * application is started through {@link SparkpulseApplication#main} with the
 * development-only libraries on the classpath; the packaged jar lacks them, so it (and
 * the Docker image) uses exactly the configured datasource, and test contexts are left
 * alone.
 */
public class DevelopmentDatabase implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "sparkpulseDevelopmentDatabase";

	/** The service of docker-compose.yml that is started; the app's own is not. */
	static final String COMPOSE_SERVICE = "db";

	private static final String DEVELOPMENT_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private static final List<String> DATASOURCE_PROPERTIES = List.of("spring.datasource.url",
			"spring.datasource.username", "spring.datasource.password");

	/**
	 * Spring Boot's view of all the other sources together, skipped: they are asked one
	 * by one.
	 */
	private static final String ATTACHED_SOURCE = "configurationProperties";

	private final Log log;

	private final Function<DevelopmentDatabaseProperties, DatabaseSourceChain.Machine> machine;

	private final Function<Path, String> embeddedServer;

	public DevelopmentDatabase(DeferredLogFactory logs) {
		this(logs.getLog(DevelopmentDatabase.class),
				(properties) -> new ThisMachine(properties.localPort(), Path.of("docker-compose.yml")),
				EmbeddedPostgresServer::start);
	}

	DevelopmentDatabase(Log log, Function<DevelopmentDatabaseProperties, DatabaseSourceChain.Machine> machine,
			Function<Path, String> embeddedServer) {
		this.log = log;
		this.machine = machine;
		this.embeddedServer = embeddedServer;
	}

	@Override
	public int getOrder() {
		// After the configuration files are read.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (application.getMainApplicationClass() != SparkpulseApplication.class
				|| !ClassUtils.isPresent(DEVELOPMENT_CLASS, application.getClassLoader())) {
			return;
		}
		DevelopmentDatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("sparkpulse.dev-database", DevelopmentDatabaseProperties.class);
		DatabaseSource source = DatabaseSourceChain.choose(datasourceConfigured(environment),
				this.machine.apply(properties));
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.docker.compose.enabled", source == DatabaseSource.DOCKER_COMPOSE);
		switch (source) {
			case CONFIGURED -> this.log.info("Database: as configured, "
					+ withoutParameters(environment.getProperty("spring.datasource.url")) + " (no other source tried)");
			case LOCAL -> {
				connectTo("jdbc:postgresql://localhost:" + properties.localPort() + "/postgres", settings);
				this.log.info("Database: local PostgreSQL on localhost:" + properties.localPort());
			}
			case DOCKER_COMPOSE -> {
				settings.put("spring.docker.compose.file", "docker-compose.yml");
				settings.put("spring.docker.compose.start.arguments", COMPOSE_SERVICE);
				settings.put("spring.docker.compose.stop.arguments", COMPOSE_SERVICE);
				this.log.info("Database: PostgreSQL started from docker-compose.yml (service '" + COMPOSE_SERVICE
						+ "') by Docker Compose");
			}
			case EMBEDDED -> {
				Path folder = properties.embeddedFolderOrDefault();
				connectTo(this.embeddedServer.apply(folder), settings);
				this.log.info("Database: embedded PostgreSQL in " + folder + " (kept between runs)");
			}
			case NONE -> throw new NoDatabaseException(properties.localPort());
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
	}

	private static void connectTo(String url, Map<String, Object> settings) {
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", EmbeddedPostgresServer.USER);
		settings.put("spring.datasource.password", "");
	}

	/**
	 * Whether the user set a datasource property anywhere (environment, system property,
	 * argument, a config file of their own); the defaults in the application's own
	 * configuration files do not count.
	 */
	static boolean datasourceConfigured(ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (ATTACHED_SOURCE.equals(source.getName())) {
				continue;
			}
			for (String name : DATASOURCE_PROPERTIES) {
				if (source.containsProperty(name) && !packagedDefault(source, name)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean packagedDefault(PropertySource<?> source, String name) {
		if (!(source instanceof OriginLookup<?>)) {
			return false;
		}
		@SuppressWarnings("unchecked")
		Origin origin = ((OriginLookup<String>) source).getOrigin(name);
		while (origin != null) {
			if (origin instanceof TextResourceOrigin text) {
				Resource resource = text.getResource();
				if (resource instanceof OriginTrackedResource tracked) {
					resource = tracked.getResource();
				}
				return resource instanceof ClassPathResource;
			}
			origin = origin.getParent();
		}
		return false;
	}

	private static String withoutParameters(String url) {
		if (url == null) {
			return "the datasource's defaults";
		}
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

}
