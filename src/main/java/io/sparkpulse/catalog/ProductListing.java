package io.sparkpulse.catalog;

import java.time.Instant;

/**
 * One row of the editors' product list, retired products included.
 */
public record ProductListing(long id, String slug, String name, String sectorName, boolean retired, Instant updatedAt) {
}
