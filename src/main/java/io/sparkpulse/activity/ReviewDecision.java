package io.sparkpulse.activity;

/**
 * An editor's verdict on an ingested item. Each one is final for the queue (the item
 * counts as reviewed) but can be replaced by another later, e.g. to show a hidden item
 * again.
 */
public enum ReviewDecision {

	/** Shown, and flagged as an editorial spark. */
	SPARK(true, false),

	/** Shown as an ordinary item. */
	KEEP(false, false),

	/** Left out of every public page and of the velocity score. */
	HIDE(false, true);

	private final boolean spark;

	private final boolean hidden;

	ReviewDecision(boolean spark, boolean hidden) {
		this.spark = spark;
		this.hidden = hidden;
	}

	boolean spark() {
		return this.spark;
	}

	boolean hidden() {
		return this.hidden;
	}

}
