package io.sparkpulse.editorial;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One saved version of a product's editorial trajectory. Never updated: the database
 * refuses it.
 */
@Entity
@Immutable
@Table(name = "trajectory_revision")
class TrajectoryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id", nullable = false)
	private long productId;

	@Column(nullable = false)
	private int revision;

	@Column(nullable = false)
	private String headline;

	@Column(name = "current_state", nullable = false)
	private String currentState;

	@Column(nullable = false)
	private String heading;

	@Column(nullable = false)
	private String prediction;

	@Column(nullable = false)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected TrajectoryRevision() {
	}

	TrajectoryRevision(long productId, int revision, TrajectoryDraft draft, String author, Instant createdAt) {
		this.productId = productId;
		this.revision = revision;
		this.headline = draft.headline();
		this.currentState = draft.currentState();
		this.heading = draft.heading();
		this.prediction = draft.prediction();
		this.author = author;
		this.createdAt = createdAt;
	}

	int getRevision() {
		return this.revision;
	}

}
