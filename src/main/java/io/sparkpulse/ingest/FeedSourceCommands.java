package io.sparkpulse.ingest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Manages the feed sources of products, for the admin pages. Drafts are validated here
 * whatever the caller checked: bean constraints (a {@code ConstraintViolationException}
 * when broken) and the address rules of {@link FeedUrl} and uniqueness per product (a
 * {@link FeedSourceRejectedException} for the form). Unknown products and sources, and
 * removed sources, are a {@link NotFoundException}.
 * <p>
 * Sources are public data about the product but not shown on public pages, so these
 * writes do not bump the data version; the items a source produces do, when they are
 * stored.
 */
@Service
@Validated
@Transactional
public class FeedSourceCommands {

	private final FeedSourceRepository sources;

	private final CatalogQueries catalog;

	private final Clock clock;

	FeedSourceCommands(FeedSourceRepository sources, CatalogQueries catalog, Clock clock) {
		this.sources = sources;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Makes the product follow a feed, fetched at the next tick; returns the source's id.
	 * Adding an address the product followed before takes that source back, so the items
	 * it produced are not ingested a second time.
	 */
	public long add(long productId, @Valid @NotNull FeedSourceDraft draft) {
		String url = FeedUrl.normalize(draft.url());
		if (this.catalog.productsByIds(List.of(productId)).isEmpty()) {
			throw new NotFoundException("product " + productId);
		}
		Optional<FeedSource> earlier = this.sources.findByProductIdAndUrl(productId, url);
		if (earlier.isPresent()) {
			if (!earlier.get().isRemoved()) {
				throw FeedSourceRejectedException.duplicate();
			}
			earlier.get().revive(draft.kind(), this.clock.instant());
			return earlier.get().getId();
		}
		return saved(new FeedSource(productId, url, draft.kind(), this.clock.instant())).getId();
	}

	/**
	 * Changes a source's address or kind; a changed source is fetched again from scratch
	 * at the next tick.
	 */
	public void update(long sourceId, @Valid @NotNull FeedSourceDraft draft) {
		FeedSource source = active(sourceId);
		String url = FeedUrl.normalize(draft.url());
		if (!url.equals(source.getUrl())
				&& this.sources.findByProductIdAndUrl(source.getProductId(), url).isPresent()) {
			throw FeedSourceRejectedException.duplicate();
		}
		source.change(url, draft.kind(), this.clock.instant());
		saved(source);
	}

	/**
	 * Stops following a source. The items it produced stay where they are, reviewed or
	 * not.
	 */
	public void remove(long sourceId) {
		FeedSource source = active(sourceId);
		source.remove(this.clock.instant());
		saved(source);
	}

	/**
	 * Fetches a source at the next tick, even one waiting out a back-off.
	 */
	public void fetchSoon(long sourceId) {
		FeedSource source = active(sourceId);
		source.fetchSoon(this.clock.instant());
		saved(source);
	}

	private FeedSource active(long sourceId) {
		return this.sources.findById(sourceId)
			.filter((source) -> !source.isRemoved())
			.orElseThrow(() -> new NotFoundException("feed source " + sourceId));
	}

	/**
	 * Writes now, so that two editors adding the same address at once get a form error,
	 * not a failure, and so that plain SQL reads later in the same transaction (the
	 * admin's audit entry) see the change.
	 */
	private FeedSource saved(FeedSource source) {
		try {
			return this.sources.saveAndFlush(source);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("feed_source_url_unique")) {
				throw FeedSourceRejectedException.duplicate();
			}
			throw ex;
		}
	}

}
