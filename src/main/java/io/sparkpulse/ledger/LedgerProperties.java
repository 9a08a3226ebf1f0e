package io.sparkpulse.ledger;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The prediction ledger.
 *
 * @param defaultHorizon how long after it is made a prediction falls due when the editor
 * sets no date
 */
@Validated
@ConfigurationProperties("sparkpulse.ledger")
public record LedgerProperties(@DefaultValue("P3M") @NotNull Period defaultHorizon) {
}
