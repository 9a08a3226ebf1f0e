package io.sparkpulse.activity;

import java.util.Set;

/**
 * Published inside the writing transaction whenever a product's activity changes, so that
 * derived figures (the velocity score) are brought up to date as that transaction
 * commits, once however many changes it announced.
 */
public record ActivityChanged(Set<Long> productIds) {
}
