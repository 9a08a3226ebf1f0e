package io.sparkpulse.ledger;

import java.time.LocalDate;

/**
 * What a claim rests on: a page, its title and the day an editor read it.
 */
public record Source(String url, String title, LocalDate retrievedOn) {
}
