package io.sparkpulse.ingest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A feed source as editors manage it. Only what editors change is mapped: fetch health is
 * written by the pollers in SQL, and {@link DynamicUpdate} keeps an editor's save from
 * writing back stale copies of it.
 */
@Entity
@Table(name = "feed_source")
@DynamicUpdate
class FeedSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id", nullable = false, updatable = false)
	private long productId;

	@Column(nullable = false)
	private String url;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FeedKind kind;

	private String etag;

	@Column(name = "last_modified")
	private String lastModified;

	@Column(name = "next_fetch_at", nullable = false)
	private Instant nextFetchAt;

	@Column(name = "lease_token")
	private UUID leaseToken;

	@Column(name = "lease_until")
	private Instant leaseUntil;

	@Column(name = "consecutive_failures", nullable = false)
	private int consecutiveFailures;

	@Column(name = "removed_at")
	private Instant removedAt;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected FeedSource() {
	}

	FeedSource(long productId, String url, FeedKind kind, Instant now) {
		this.productId = productId;
		this.url = url;
		this.kind = kind;
		this.nextFetchAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getProductId() {
		return this.productId;
	}

	String getUrl() {
		return this.url;
	}

	boolean isRemoved() {
		return this.removedAt != null;
	}

	/**
	 * Points the source at another feed, or re-classifies it, and fetches it again from
	 * scratch as soon as possible: without validators, so every entry is read (and
	 * re-classified) again, and taking the lease from a fetch still in flight, whose
	 * results are then dropped.
	 */
	void change(String url, FeedKind kind, Instant now) {
		if (url.equals(this.url) && kind == this.kind) {
			return;
		}
		this.url = url;
		this.kind = kind;
		this.etag = null;
		this.lastModified = null;
		this.consecutiveFailures = 0;
		this.leaseToken = null;
		this.leaseUntil = null;
		this.nextFetchAt = now;
		this.updatedAt = now;
	}

	/**
	 * Stops polling the source; the items it produced stay.
	 */
	void remove(Instant now) {
		this.removedAt = now;
		this.leaseToken = null;
		this.leaseUntil = null;
		this.updatedAt = now;
	}

	/**
	 * Takes a removed source back into polling, as if it were new.
	 */
	void revive(FeedKind kind, Instant now) {
		this.removedAt = null;
		this.kind = kind;
		this.etag = null;
		this.lastModified = null;
		this.consecutiveFailures = 0;
		this.nextFetchAt = now;
		this.updatedAt = now;
	}

	/**
	 * Fetches the source at the next tick, failing or not.
	 */
	void fetchSoon(Instant now) {
		this.nextFetchAt = now;
		this.updatedAt = now;
	}

}
