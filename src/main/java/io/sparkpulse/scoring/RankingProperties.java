package io.sparkpulse.scoring;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When sector rankings follow score changes.
 *
 * @param atCommitUpTo sectors of at most this many products are ranked again as the write
 * commits; larger ones are marked due and ranked once per {@code interval} (a ranking
 * costs in proportion to the sector's size: about 0.2 s for 15,000 products)
 * @param interval how often due sectors are ranked, so how late a large sector's ranks
 * may be (ISO-8601, e.g. {@code PT5M})
 */
@Validated
@ConfigurationProperties("sparkpulse.scoring.ranking")
public record RankingProperties(@DefaultValue("1000") @PositiveOrZero int atCommitUpTo,
		@DefaultValue("PT5M") @NotNull Duration interval) {
}
