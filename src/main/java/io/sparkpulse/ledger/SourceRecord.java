package io.sparkpulse.ledger;

/**
 * A source of one block of a trajectory revision, at its place in the block's list.
 */
public record SourceRecord(EditorialBlock block, int position, Source source) {
}
