package io.sparkpulse.activity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "activity_item")
class ActivityItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id", nullable = false)
	private long productId;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityKind kind;

	@Column(nullable = false)
	private String title;

	private String summary;

	@Column(name = "source_url")
	private String sourceUrl;

	@Column(nullable = false)
	private boolean spark;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ActivityItem() {
	}

	ActivityItem(long productId, NewActivity activity, Instant createdAt) {
		this.productId = productId;
		this.occurredOn = activity.occurredOn();
		this.kind = activity.kind();
		this.title = activity.title();
		this.summary = activity.summary();
		this.sourceUrl = activity.sourceUrl();
		this.spark = activity.spark();
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	long getProductId() {
		return this.productId;
	}

	long getVersion() {
		return this.version;
	}

	void change(NewActivity activity) {
		this.occurredOn = activity.occurredOn();
		this.kind = activity.kind();
		this.title = activity.title();
		this.summary = activity.summary();
		this.sourceUrl = activity.sourceUrl();
		this.spark = activity.spark();
	}

	void markSpark(boolean spark) {
		this.spark = spark;
	}

}
