package io.sparkpulse.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The synthetic catalog that a run with the {@code generate} profile writes into an empty
 * database.
 *
 * @param products how many products to generate (at least 1), spread over 20 sectors
 * @param activity how many activity items to generate in total, spread unevenly over the
 * products
 * @param seed the seed every random choice derives from: the same seed and sizes give the
 * same catalog
 */
@ConfigurationProperties("sparkpulse.generate")
public record SyntheticCatalogProperties(@DefaultValue("0") int products, @DefaultValue("0") long activity,
		@DefaultValue("6") long seed) {
}
