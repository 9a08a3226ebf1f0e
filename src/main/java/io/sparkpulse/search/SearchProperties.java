package io.sparkpulse.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much work one search may do.
 *
 * @param candidates the most products whose documents match that a search ranks in full,
 * besides those whose name matches: past this, the most active matching products are
 * ranked (a word most of the catalog contains would otherwise rank the whole catalog)
 */
@Validated
@ConfigurationProperties("sparkpulse.search")
public record SearchProperties(@DefaultValue("500") @Min(20) @Max(100000) int candidates) {
}
