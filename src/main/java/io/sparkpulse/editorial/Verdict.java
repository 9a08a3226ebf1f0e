package io.sparkpulse.editorial;

import java.time.Instant;

/**
 * One revision of an editor's verdict on a pair of products (Markdown), stored with the
 * lower product id first.
 */
public record Verdict(long firstId, long secondId, int revision, String body, String author, Instant updatedAt) {
}
